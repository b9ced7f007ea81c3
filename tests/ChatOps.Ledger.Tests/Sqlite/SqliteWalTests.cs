using ChatOps.Core.Ledger;
using ChatOps.Ledger.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChatOps.Ledger.Tests.Sqlite;

/// <summary>The host's SQLite ledger (made with the constructor) runs in WAL mode, and accepted requests are kept either way the inbox syncs.</summary>
public sealed class SqliteWalTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chatops-wal-").FullName;

    private string LedgerPath => Path.Combine(folder, "ledger.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AStoreMadeWithTheConstructor_RunsInWalMode_AndKeepsWhatItAccepted(bool acceptsWaitForDisk)
    {
        var path = LedgerPath;
        using (var store = new SqliteLedgerStore(path, TimeProvider.System, acceptsWaitForDisk))
        {
            await store.InitializeAsync();
            var now = DateTimeOffset.UtcNow;
            var added = await store.EnqueueAsync([Job("k1", now), Job("k2", now), Job("k1", now)]);
            Assert.Equal([true, true, false], added);
        }

        Assert.Equal("wal", (string?)await ScalarAsync("PRAGMA journal_mode;"));

        using var reopened = new SqliteLedgerStore(path, TimeProvider.System);
        Assert.Equal(2, await reopened.PendingCountAsync());
    }

    [Fact]
    public async Task AcceptedRequests_WaitForAnotherConnectionsWriteLock_InsteadOfFailing()
    {
        var path = LedgerPath;
        using var store = new SqliteLedgerStore(path, TimeProvider.System);
        await store.InitializeAsync();
        Assert.Equal([true], await store.EnqueueAsync([Job("before", DateTimeOffset.UtcNow)]));

        // Another connection (another process on the file, say) holds the write lock for a moment.
        await using var other = new SqliteConnection($"Data Source={path};Pooling=false");
        await other.OpenAsync();
        await using (var begin = other.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE;";
            await begin.ExecuteNonQueryAsync();
        }

        // The insert itself is synchronous (the group commit runs it on its own thread), so the test starts it on one.
        var accepting = Task.Run(() => store.EnqueueAsync([Job("during", DateTimeOffset.UtcNow)]));
        await Task.Delay(300);
        Assert.False(accepting.IsCompleted);
        await using (var commit = other.CreateCommand())
        {
            commit.CommandText = "COMMIT;";
            await commit.ExecuteNonQueryAsync();
        }

        Assert.Equal([true], await accepting);
        Assert.Equal(2, await store.PendingCountAsync());
    }

    [Fact]
    public async Task AcceptedJobs_AreNumberedByTheRowid_InArrivalOrder_WithNoSequenceTableToWrite()
    {
        var path = LedgerPath;
        using var store = new SqliteLedgerStore(path, TimeProvider.System);
        await store.InitializeAsync();
        var now = DateTimeOffset.UtcNow;
        Assert.Equal([true, true], await store.EnqueueAsync([Job("a", now), Job("b", now)]));

        // The one row ever deleted is a delivery claim; a job accepted after it still comes after every job.
        Assert.True(await store.RecordDeliveryAsync("claim:c", now));
        await store.ForgetDeliveryAsync("claim:c");
        Assert.Equal([true], await store.EnqueueAsync([Job("d", now)]));

        var jobs = await store.ListAsync(failedOnly: false);
        Assert.Equal(["a", "b", "d"], jobs.Select(j => j.IdempotencyKey));
        Assert.True(jobs[0].Id < jobs[1].Id && jobs[1].Id < jobs[2].Id);

        // No AUTOINCREMENT: its sqlite_sequence row would be one more page in the log for every commit of accepted requests.
        Assert.Equal(0L, (long)(await ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_sequence'"))!);
    }

    [Fact]
    public async Task EventsWhoseRepeatsTheWorkerDrops_WaitInAnIntakeWithoutIndexes_SurviveAReopen_AndAreMovedOnceByTheClaim()
    {
        var path = LedgerPath;
        var now = DateTimeOffset.UtcNow;
        using (var store = new SqliteLedgerStore(path, TimeProvider.System, acceptsWaitForDisk: false))
        {
            await store.InitializeAsync();
            Assert.Equal([true, true, true], await store.EnqueueAsync([Later("e1", now), Later("e2", now), Later("e1", now)]));
        }

        // The acknowledgement wrote a row and no index entry: the intake has neither a unique key nor an index.
        Assert.Equal(0L, (long)(await ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'ledger_intake'"))!);
        Assert.Equal(3L, (long)(await ScalarAsync("SELECT COUNT(*) FROM ledger_intake"))!);
        Assert.Equal(0L, (long)(await ScalarAsync("SELECT COUNT(*) FROM ledger_jobs"))!);

        // Another process (this one died before any worker ran) opens the file: the first claim takes each event once.
        using var reopened = new SqliteLedgerStore(path, TimeProvider.System);
        await reopened.InitializeAsync();
        Assert.Equal(2, await reopened.PendingCountAsync());
        var claimed = await reopened.ClaimAsync(now, 10, TimeSpan.FromMinutes(1));
        Assert.Equal(["e1", "e2"], claimed.Select(j => j.IdempotencyKey));
        Assert.Equal(0L, (long)(await ScalarAsync("SELECT COUNT(*) FROM ledger_intake"))!);
        Assert.Equal(2L, (long)(await ScalarAsync("SELECT COUNT(*) FROM ledger_jobs"))!);
    }

    // Read on a connection of its own, outside the store, as another process would.
    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={LedgerPath};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static JobRequest Job(string key, DateTimeOffset now) => new(JobKinds.RunRequest, string.Empty, null, key, "{}", now);

    private static JobRequest Later(string key, DateTimeOffset now) => Job(key, now) with { DeduplicateLater = true };
}
