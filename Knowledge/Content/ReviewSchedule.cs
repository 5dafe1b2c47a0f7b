namespace SafetyBot.Knowledge.Content;

public sealed record DueReview(ContentDocument Document, DateOnly? Reviewed, int DaysOverdue);

/// <summary>A fact to confirm with its file's review state: overdue when the file was reviewed more than twelve months ago (or never).</summary>
public sealed record FactReview(FactToConfirm Fact, bool Overdue);

/// <summary>Content whose <c>reviewed</c> date is more than twelve months ago: a reminder, never an error.</summary>
public static class ReviewSchedule
{
    /// <summary>How long a review holds.</summary>
    public const int MonthsValid = 12;

    /// <summary>Every fact marked <c>confirm:</c>, overdue ones first, then by file.</summary>
    public static IReadOnlyList<FactReview> Facts(KnowledgeBase knowledge, TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        return knowledge.FactsToConfirm
            .Select(f => new FactReview(f, f.Reviewed is not { } reviewed || reviewed.AddMonths(MonthsValid) < today))
            .OrderByDescending(f => f.Overdue)
            .ThenBy(f => f.Fact.Origin, StringComparer.Ordinal)
            .ToList();
    }

    public static IReadOnlyList<DueReview> Due(KnowledgeBase knowledge, TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var documents = knowledge.Articles.Cast<ContentDocument>()
            .Concat(knowledge.Incidents)
            .Concat(knowledge.EnglishIncidents)
            .Concat(knowledge.ModelProtocol is null ? [] : [knowledge.ModelProtocol]);

        return documents
            .Select(d => (Document: d, DueOn: d.Reviewed?.AddMonths(MonthsValid)))
            .Where(x => x.DueOn is null || x.DueOn < today)
            .Select(x => new DueReview(x.Document, x.Document.Reviewed, x.DueOn is null ? int.MaxValue : today.DayNumber - x.DueOn.Value.DayNumber))
            .OrderByDescending(x => x.DaysOverdue)
            .ToList();
    }
}
