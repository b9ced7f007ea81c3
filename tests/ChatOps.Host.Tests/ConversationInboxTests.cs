using ChatOps.Core.Channels;
using ChatOps.Core.Conversations;
using ChatOps.Core.Policy;
using ChatOps.Host.Jobs;
using ChatOps.Ledger.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChatOps.Host.Tests;

public sealed class ConversationInboxTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("chatops-inbox-").FullName;
    private SqliteLedgerStore store = null!;

    public async Task InitializeAsync() => store = await SqliteLedgerStore.OpenAsync(Path.Combine(folder, "ledger.db"), TimeProvider.System);

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task EnqueueAsync_ManyAtOnce_EachCallerReturnsOnceItsOwnRequestIsKept_RepeatsReturnFalse()
    {
        using var inbox = new ConversationInbox(store, TimeProvider.System);

        // More callers than one commit takes, arriving together: they share commits, and each learns its own outcome.
        var added = await Task.WhenAll(Enumerable.Range(0, ConversationInbox.MaxBatch + 40)
            .Select(i => Task.Run(() => inbox.EnqueueAsync(Work($"teams:{i % (ConversationInbox.MaxBatch + 20)}")))));

        Assert.Equal(ConversationInbox.MaxBatch + 20, added.Count(a => a));
        Assert.Equal(ConversationInbox.MaxBatch + 20, await store.PendingCountAsync());
        Assert.True(await inbox.EnqueueAsync(Work("teams:after")));
        Assert.False(await inbox.EnqueueAsync(Work("teams:after")));
    }

    [Fact]
    public async Task EnqueueAsync_StoreFails_TheCallerSeesTheError_AndTheNextRequestIsKept()
    {
        using var inbox = new ConversationInbox(store, TimeProvider.System);
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "ledger.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var rename = connection.CreateCommand();
            rename.CommandText = "ALTER TABLE ledger_jobs RENAME TO ledger_jobs_away";
            await rename.ExecuteNonQueryAsync();
            await Assert.ThrowsAsync<SqliteException>(() => inbox.EnqueueAsync(Work("teams:lost")));
            rename.CommandText = "ALTER TABLE ledger_jobs_away RENAME TO ledger_jobs";
            await rename.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        Assert.True(await inbox.EnqueueAsync(Work("teams:kept")));
        Assert.Equal(1, await store.PendingCountAsync());
    }

    private static ConversationWork Work(string delivery) =>
        new(new IncomingMessage(new ChannelIdentity(ChannelIdentity.Teams, "aad-1"), new ConversationRef(ChannelIdentity.Teams, "a:1", ""), "help") { DeliveryId = delivery },
            null, new ReplyAddress(ChannelIdentity.Teams, "a:1", "", delivery, "29:1"));
}
