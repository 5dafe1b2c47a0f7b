using System.Globalization;
using System.Text;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Kb.Evaluation;

/// <summary>
/// Incident recognition on an <see cref="AcuteSet"/>: per type, how many acute messages get their own
/// plan (and how many get some act-now card), and how many ordinary messages raise a false alarm.
/// </summary>
public static class AcuteEvaluation
{
    public static string Run(AcuteSet set, Func<string, IncidentType?> classify, bool listMisses)
    {
        var report = new StringBuilder();
        var results = set.Messages.Select(m => (Message: m, Got: classify(m.Text) is { } type ? IncidentTypes.Code(type) : null)).ToList();
        var acute = results.Where(r => r.Message.IsAcute).ToList();
        var ordinary = results.Where(r => !r.Message.IsAcute).ToList();

        Line(report, $"{"type",-18} {"own plan",9} {"any card",9} {"false alarms (ordinary)",24}");
        foreach (var code in results.Select(r => r.Message.Code).Distinct().Order(StringComparer.Ordinal))
        {
            var ofType = acute.Where(r => r.Message.Code == code).ToList();
            var ordinaryOfType = ordinary.Where(r => r.Message.Code == code).ToList();
            Line(report, $"{code,-18} {ofType.Count(r => r.Got == code),4}/{ofType.Count,-4} {ofType.Count(r => r.Got is not null),4}/{ofType.Count,-4} {ordinaryOfType.Count(r => r.Got is not null),10}/{ordinaryOfType.Count}");
        }

        var hits = acute.Count(r => r.Got == r.Message.Code);
        var any = acute.Count(r => r.Got is not null);
        var alarms = ordinary.Count(r => r.Got is not null);
        Line(report, $"{"all",-18} {hits,4}/{acute.Count,-4} {any,4}/{acute.Count,-4} {alarms,10}/{ordinary.Count}");
        Line(report, $"acute recall (own plan) {Share(hits, acute.Count)}, acute recall (any card) {Share(any, acute.Count)}, false alarms {Share(alarms, ordinary.Count)}");

        if (listMisses)
        {
            foreach (var (message, got) in acute.Where(r => r.Got != r.Message.Code))
            {
                Line(report, $"miss: {message.Id} expected {message.Code}, got {got ?? "no incident"}: \"{message.Text}\"");
            }

            foreach (var (message, got) in ordinary.Where(r => r.Got is not null))
            {
                Line(report, $"false alarm: {message.Id} ({message.Code}) got {got}: \"{message.Text}\"");
            }
        }

        return report.ToString();
    }

    private static void Line(StringBuilder report, string text) => report.Append(text).Append('\n');

    private static string Share(int part, int whole) => (whole == 0 ? 0 : (double)part / whole).ToString("0.000", CultureInfo.InvariantCulture);
}
