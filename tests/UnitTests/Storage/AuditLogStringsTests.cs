using SafetyBot.Bot.Flows.Audit;
using SafetyBot.Bot.Storage;

namespace SafetyBot.UnitTests.Storage;

/// <summary>What the <c>logboek</c> card says about an audit entry, from the stored kinds and values.</summary>
public sealed class AuditLogStringsTests
{
    private const string AdminId = "00000000-0000-0000-0000-0000000000a1";

    [Theory]
    [InlineData("weekly_schedule", null, "30 9 * * 3", "moment: standaard → wo 09:30")]
    [InlineData("weekly_schedule", "0 8 * * 1", "0 14 * * 5", "moment: ma 08:00 → vr 14:00")]
    [InlineData("region", null, "zuid", "regio: standaard → zuid")]
    [InlineData("audience", "po", "po,vo", "schooltype: po → po, vo")]
    [InlineData("weekly_paused", "false", "true", "gepauzeerd: nee → ja")]
    public void A_setting_change_reads_in_dutch(string setting, string? before, string? after, string expected)
    {
        Assert.Equal(expected, AuditLogStrings.Change(setting, before, after));
    }

    [Fact]
    public void The_actor_is_you_for_the_viewer_the_id_for_others_and_marked_erased_after_vergeet_mij()
    {
        var pseudonym = AuditActor.NewPseudonym();

        Assert.Equal($"jij ({AdminId})", AuditLogStrings.Actor(AdminId, AdminId));
        Assert.Equal(AdminId, AuditLogStrings.Actor(AdminId, "someone-else"));
        Assert.Contains("vergeet mij", AuditLogStrings.Actor(pseudonym, pseudonym), StringComparison.Ordinal);
        Assert.NotEqual(pseudonym, AuditActor.NewPseudonym());
        Assert.All(AuditActions.All, a => Assert.NotEqual(a, AuditLogStrings.Action(a, null)));
    }
}
