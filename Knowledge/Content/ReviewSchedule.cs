namespace SafetyBot.Knowledge.Content;

public sealed record DueReview(ContentDocument Document, DateOnly? Reviewed, int DaysOverdue);

/// <summary>Content whose <c>reviewed</c> date is more than twelve months ago: a reminder, never an error.</summary>
public static class ReviewSchedule
{
    public static IReadOnlyList<DueReview> Due(KnowledgeBase knowledge, TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var documents = knowledge.Articles.Cast<ContentDocument>()
            .Concat(knowledge.Incidents)
            .Concat(knowledge.ModelProtocol is null ? [] : [knowledge.ModelProtocol]);

        return documents
            .Select(d => (Document: d, DueOn: d.Reviewed?.AddMonths(12)))
            .Where(x => x.DueOn is null || x.DueOn < today)
            .Select(x => new DueReview(x.Document, x.Document.Reviewed, x.DueOn is null ? int.MaxValue : today.DayNumber - x.DueOn.Value.DayNumber))
            .OrderByDescending(x => x.DaysOverdue)
            .ToList();
    }
}
