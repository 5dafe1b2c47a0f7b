using System.Globalization;
using SafetyBot.Knowledge.Answers;
using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.Kb.Evaluation;

/// <summary>The numbers <c>kb eval</c> prints for one system.</summary>
public sealed record RetrievalScores(
    string System,
    int Answerable,
    double RecallAt1,
    double RecallAt3,
    double Mrr,
    int OffTopic,
    double OffTopicRefused,
    double AnswerableRefused,
    int Incidents,
    double IncidentRecall,
    double IncidentFalseAlarms)
{
    /// <summary>Recall@1 and @3 of the ranking alone, as if no answerable question were refused.</summary>
    public (double At1, double At3) RankingRecall { get; init; }

    public string Format() => string.Create(CultureInfo.InvariantCulture,
        $"{System,-22} recall@1 {RecallAt1:0.000}  recall@3 {RecallAt3:0.000}  MRR {Mrr:0.000}  (ranking alone: @1 {RankingRecall.At1:0.000}, @3 {RankingRecall.At3:0.000})  off-topic refused {OffTopicRefused:0.000} ({OffTopic})  answerable refused {AnswerableRefused:0.000}  incident recall {IncidentRecall:0.000} ({Incidents})  incident false alarms {IncidentFalseAlarms:0.000}");
}

public sealed record EvaluationMiss(string Question, string Expected, string Got);

public sealed record EvaluationReport(RetrievalScores Chain, RetrievalScores Baseline, IReadOnlyList<EvaluationMiss> Misses)
{
    /// <summary>How-to questions (what should I do) whose answer card shows the article's advice list, of all how-to questions.</summary>
    public (int Shown, int HowTo) AdviceShown { get; init; }

    /// <summary>Off-topic questions refused with an out-of-scope topic's referral (whom to ask), of all refused.</summary>
    public (int Referred, int Refused) OffTopicReferred { get; init; }
}

/// <summary>
/// Runs the development set through SafetyBot's chain (incident check, then retrieval with refusal)
/// and through the baseline, side by side.
/// </summary>
public static class RetrievalEvaluation
{
    public static EvaluationReport Run(
        IReadOnlyList<DevSetItem> items,
        KnowledgeAnswerer answerer,
        BaselineRetriever baseline,
        Func<string, IncidentType?> classifyIncident)
    {
        var misses = new List<EvaluationMiss>();
        var answerable = items.Where(i => i.IsAnswerable).ToList();
        var offTopic = items.Where(i => i.Offtopic).ToList();
        var incidents = items.Where(i => i.Incident is not null).ToList();
        var nonIncidents = items.Where(i => i.Incident is null).ToList();

        // SafetyBot's chain.
        var ranks = new List<int?>();
        var rankingRanks = new List<int?>();
        var refusedAnswerable = 0;
        var howTo = 0;
        var adviceShown = 0;
        foreach (var item in answerable)
        {
            var answer = answerer.Answer(item.Q, item.AskerAudience);
            if (AnswerComposer.IntentOf(item.Q) == QuestionIntent.HowTo)
            {
                howTo++;
                adviceShown += answer.Composed is { ShowsAdvice: true } ? 1 : 0;
            }

            int? rank = null;
            rankingRanks.Add(RankOf(answer.RankedArticleIds, item.Expect!));
            if (answer.Kind == AnswerKind.Answered)
            {
                rank = RankOf(answer.RankedArticleIds, item.Expect!);
            }
            else
            {
                refusedAnswerable++;
            }

            ranks.Add(rank);
            if (rank != 1)
            {
                misses.Add(new EvaluationMiss(item.Q, string.Join(",", item.Expect!),
                    answer.Kind == AnswerKind.Unknown ? $"refused ({Reason(answer)}; nearest {string.Join(",", answer.RankedArticleIds.Take(2))})" : string.Join(",", answer.RankedArticleIds.Take(3))));
            }
        }

        var refusedOffTopic = 0;
        var referredOffTopic = 0;
        foreach (var item in offTopic)
        {
            var answer = answerer.Answer(item.Q, item.AskerAudience);
            if (answer.Kind == AnswerKind.Unknown)
            {
                refusedOffTopic++;
                referredOffTopic += answer.OutOfScope is null ? 0 : 1;
            }
            else
            {
                misses.Add(new EvaluationMiss(item.Q, "refusal", $"answered from {(answer.RankedArticleIds.Count > 0 ? answer.RankedArticleIds[0] : "?")} (coverage {answer.Coverage:0.00}, {DomainLabel(answer.Domain)})"));
            }
        }

        var incidentHits = 0;
        foreach (var item in incidents)
        {
            var detected = classifyIncident(item.Q);
            if (detected is { } type && IncidentTypes.Code(type) == item.Incident)
            {
                incidentHits++;
            }
            else
            {
                misses.Add(new EvaluationMiss(item.Q, $"incident {item.Incident}", detected is null ? "no incident" : $"incident {IncidentTypes.Code(detected.Value)}"));
            }
        }

        var falseAlarms = nonIncidents.Count(i => classifyIncident(i.Q) is not null);
        foreach (var item in nonIncidents.Where(i => classifyIncident(i.Q) is not null))
        {
            misses.Add(new EvaluationMiss(item.Q, "no incident", $"incident {IncidentTypes.Code(classifyIncident(item.Q)!.Value)}"));
        }

        var chain = Scores("SafetyBot chain", ranks, answerable.Count, offTopic.Count, refusedOffTopic, refusedAnswerable, incidents.Count, incidentHits, nonIncidents.Count, falseAlarms) with
        {
            RankingRecall = (Share(rankingRanks.Count(r => r == 1), answerable.Count), Share(rankingRanks.Count(r => r is <= 3), answerable.Count)),
        };

        // Baseline: no refusal beyond "nothing matched", no incident recognition.
        var baselineRanks = answerable.Select(item => RankOf(baseline.Rank(item.Q), item.Expect!)).ToList();
        var baselineRefusedOffTopic = offTopic.Count(item => baseline.Rank(item.Q).Count == 0);
        var baselineRefusedAnswerable = answerable.Count(item => baseline.Rank(item.Q).Count == 0);
        var baselineScores = Scores("Baseline (Standard)", baselineRanks, answerable.Count, offTopic.Count, baselineRefusedOffTopic, baselineRefusedAnswerable, incidents.Count, 0, nonIncidents.Count, 0) with
        {
            RankingRecall = (Share(baselineRanks.Count(r => r == 1), answerable.Count), Share(baselineRanks.Count(r => r is <= 3), answerable.Count)),
        };

        return new EvaluationReport(chain, baselineScores, misses) { AdviceShown = (adviceShown, howTo), OffTopicReferred = (referredOffTopic, refusedOffTopic) };
    }

    private static string Reason(KnowledgeAnswer answer) =>
        answer.OutOfScope is { } topic ? $"out of scope: {topic.Id}" : $"coverage {answer.Coverage:0.00}, {DomainLabel(answer.Domain)}";

    private static string DomainLabel(DomainTouch domain) => domain switch
    {
        DomainTouch.Domain => "domain word",
        DomainTouch.DevicesOnly => "device words only",
        _ => "no domain word",
    };

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static int? RankOf(IReadOnlyList<string> ranked, IReadOnlyList<string> expected)
    {
        for (var i = 0; i < ranked.Count; i++)
        {
            if (expected.Contains(ranked[i], StringComparer.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static RetrievalScores Scores(string system, IReadOnlyList<int?> ranks, int answerable, int offTopic, int refusedOffTopic, int refusedAnswerable, int incidents, int incidentHits, int nonIncidents, int falseAlarms)
    {
        return new RetrievalScores(
            system,
            answerable,
            Share(ranks.Count(r => r == 1), answerable),
            Share(ranks.Count(r => r is <= 3), answerable),
            answerable == 0 ? 0 : ranks.Sum(r => r is { } rank ? 1.0 / rank : 0) / answerable,
            offTopic,
            Share(refusedOffTopic, offTopic),
            Share(refusedAnswerable, answerable),
            incidents,
            Share(incidentHits, incidents),
            Share(falseAlarms, nonIncidents));
    }
}
