using System.Globalization;
using System.Text.Json.Nodes;
using static SafetyBot.Cards.AdaptiveCard;

namespace SafetyBot.Cards;

/// <summary>One audit entry as an admin reads it: when (school time), what, by whom, on what. All written out by the flow.</summary>
public sealed record AuditLogLine(string When, string What, string Who, string? Target, string? Change);

/// <summary>The newest audit entries, newest first, and how long entries are kept.</summary>
public sealed record AuditLogView(IReadOnlyList<AuditLogLine> Entries, int Shown, int RetentionDays);

/// <summary>
/// <c>logboek</c> for admins: the newest admin actions. Ids come from Teams and the store, not from what
/// anyone typed, and still go through <see cref="MarkdownText.Escape"/> so none renders as a link.
/// </summary>
public static class AuditLogCard
{
    public static JsonObject Build(AuditLogView view)
    {
        var entries = view.Entries.Select(e => Container(
            [
                Text($"**{e.When}** · {e.What}"),
                Text(
                    string.Join(" · ", new[] { e.Who, e.Target, e.Change }.Where(p => !string.IsNullOrEmpty(p)).Select(MarkdownText.Escape)),
                    size: "Small",
                    isSubtle: true),
            ],
            separator: true,
            spacing: "Small"));

        return Card(
        [
            Heading(CardStrings.AuditLogTitle),
            Text(view.Entries.Count == 0
                ? CardStrings.AuditLogEmpty
                : string.Format(CultureInfo.InvariantCulture, CardStrings.AuditLogIntro, view.Shown)),
            .. entries,
            Text(string.Format(CultureInfo.InvariantCulture, CardStrings.AuditLogFooter, view.RetentionDays), size: "Small", isSubtle: true),
        ]);
    }
}
