using SafetyBot.Bot.Storage;
using SafetyBot.IntegrationTests.Infrastructure;

namespace SafetyBot.IntegrationTests.Storage;

/// <summary>The follow-up context store on SQLite and PostgreSQL: one per user, fresh for 10 minutes, erased with the user.</summary>
public sealed class FollowUpContextStoreTests
{
    private static FollowUpContextRecord Context(string user, string article = "online-pesten") => new()
    {
        UserKey = user,
        ArticleId = article,
        SectionIds = ["lead", "wat-doe-je"],
        Terms = ["cyberpest", "klas"],
    };

    [Theory, SqliteStore, PostgresStore]
    public async Task A_context_is_read_back_while_fresh_replaced_by_the_next_and_gone_after_ten_minutes(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.FollowUps.SaveAsync(Context("u1"));
        store.Time.Advance(TimeSpan.FromMinutes(3));
        await store.FollowUps.SaveAsync(Context("u1", "ongewenste-sexting"));

        var read = await store.FollowUps.GetAsync("u1");
        Assert.Equal("ongewenste-sexting", read!.ArticleId);
        Assert.Equal(["lead", "wat-doe-je"], read.SectionIds);
        Assert.Equal(["cyberpest", "klas"], read.Terms);
        Assert.Equal(store.Time.GetUtcNow(), read.SavedAt);
        Assert.Null(await store.FollowUps.GetAsync("u2"));

        store.Time.Advance(FollowUpContextRecord.Lifetime);
        Assert.Null(await store.FollowUps.GetAsync("u1"));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Saving_prunes_expired_contexts_and_forget_me_erases_the_users(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.FollowUps.SaveAsync(Context("old"));
        store.Time.Advance(TimeSpan.FromMinutes(11));
        await store.FollowUps.SaveAsync(Context("u1"));
        Assert.Equal(1, await store.CountAsync("SELECT COUNT(*) FROM followup_contexts"));

        Assert.NotNull((await store.Reader.ReadUserAsync("u1")).FollowUp);
        await store.Eraser.EraseUserAsync("u1");

        Assert.Equal(0, await store.CountAsync("SELECT COUNT(*) FROM followup_contexts"));
        Assert.True((await store.Reader.ReadUserAsync("u1")).IsEmpty);
    }
}
