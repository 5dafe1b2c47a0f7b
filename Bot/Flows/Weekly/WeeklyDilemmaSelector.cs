using System.Security.Cryptography;
using System.Text;
using SafetyBot.Bot.Storage;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Bot.Flows.Weekly;

/// <summary>
/// Which dilemma a team gets in a week: one that fits every school type of the team, not yet posted
/// to that team this school year, in an order of its own per team and year (so neighbouring teams do
/// not discuss the same one the same week). When all have been used, the one used longest ago.
/// </summary>
public static class WeeklyDilemmaSelector
{
    public static WeeklyDilemma? Choose(IReadOnlyList<WeeklyDilemma> library, string teamId, Audience audience, string week, IReadOnlyList<WeeklyPost> history)
    {
        var candidates = library.Where(d => (d.Audience & audience) == audience).ToList();
        if (candidates.Count == 0)
        {
            // A team whose mix no dilemma fits as a whole still gets one that fits part of it.
            candidates = library.Where(d => (d.Audience & audience) != 0).ToList();
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var schoolYear = SchoolCalendar.SchoolYear(week);
        var usedThisYear = history
            .Where(p => !p.MayBeSentAgain && SchoolCalendar.SchoolYear(p.Week) == schoolYear)
            .Select(p => p.DilemmaId)
            .ToHashSet(StringComparer.Ordinal);
        var fresh = candidates.Where(d => !usedThisYear.Contains(d.Id)).ToList();
        if (fresh.Count > 0)
        {
            return fresh.MinBy(d => Rank(teamId, schoolYear, d.Id));
        }

        var lastUsed = history
            .GroupBy(p => p.DilemmaId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Week).Order(StringComparer.Ordinal).Last(), StringComparer.Ordinal);
        return candidates
            .OrderBy(d => lastUsed.GetValueOrDefault(d.Id, string.Empty), StringComparer.Ordinal)
            .ThenBy(d => Rank(teamId, schoolYear, d.Id), StringComparer.Ordinal)
            .First();
    }

    private static string Rank(string teamId, int? schoolYear, string dilemmaId) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{teamId}\n{schoolYear}\n{dilemmaId}")));
}
