using ChatOps.Core.Jobs;
using ChatOps.Core.Ledger;
using ChatOps.Ledger.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Host.Tests;

/// <summary>
/// A ledger written by the build before the one job queue (Fixtures/ledger-before-job-queue.db: a request inbox and an
/// outbox mid-flight) opens with this build: its chain verifies, every job and request is in the one queue as a typed
/// job, the failed write-back is still failed for operators, handled deliveries are still kept once, and the host runs
/// what was pending.
/// </summary>
public sealed class JobQueueUpgradeTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chatops-upgrade-").FullName;

    private string Copy()
    {
        var path = Path.Combine(folder, $"ledger-{Guid.NewGuid():N}.db");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ledger-before-job-queue.db"), path);
        return path;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task OpenedByThisBuild_InboxAndOutboxAreOneQueueOfTypedJobs_NothingLost()
    {
        var path = Copy();
        using var store = await SqliteLedgerStore.OpenAsync(path, TimeProvider.System);

        Assert.True((await ChainVerifier.VerifyAsync(store)).IsValid);
        var open = await store.ListAsync(failedOnly: false);
        Assert.Equal(
            ["console:fixture-1", "notice:fixture-2", "wb:fixture-failed", "wb:fixture-pending"],
            open.Select(j => j.IdempotencyKey).Where(k => k.Contains("fixture", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(2, open.Count(j => j.Kind == JobKinds.StaleApproval));
        Assert.Single(open, j => j.Kind == JobKinds.Reminder);
        Assert.Single(open, j => j.Kind == JobKinds.Expiry);
        var failed = Assert.Single(await store.ListAsync(failedOnly: true));
        Assert.Equal(("wb:fixture-failed", "The jira write-back failed: 503 (fixture)"), (failed.IdempotencyKey, failed.LastError));
        Assert.Equal(0, TableCount(path, "chat_inbox"));

        // A delivery handled before the upgrade is still kept once.
        var again = new JobRequest(JobKinds.RunRequest, string.Empty, null, "console:1d9f38db1925408c90b662dace402669", "{}", DateTimeOffset.UtcNow);
        Assert.Equal([false], await store.EnqueueAsync([again]));

        // Every pending job reads back as its kind's typed record.
        var claimed = await store.ClaimAsync(DateTimeOffset.UtcNow.AddYears(10), 100, TimeSpan.FromMinutes(1));
        var payloads = claimed.ToDictionary(j => j.IdempotencyKey, JobJson.Read, StringComparer.Ordinal);
        var run = Assert.IsType<RunRequestJob>(payloads["console:fixture-1"]);
        Assert.Equal("draft customer-update INC-2041 status for APAC customers", run.Work.Message!.Text);
        var notice = Assert.IsType<DeliverReplyJob>(payloads["notice:fixture-2"]);
        Assert.Equal(("Fixture notice", "console/fx-pending/fx-pending", false), (notice.Answer.ToThread[0].Title, notice.ThreadKey, notice.RememberAddress));
        var writeBack = Assert.IsType<WriteBackJob>(payloads["wb:fixture-pending"]);
        Assert.Equal(("jira", "bob", "https://acme.atlassian.net"), (writeBack.Target, writeBack.Trail![0].Approver, writeBack.Settings!["site"]));
        Assert.Contains(payloads.Values, p => p is ReminderJob { ExpiresAt: not null, Owner: "alice" });
        Assert.Contains(payloads.Values, p => p is ExpiryJob { ExpiresAt: not null });
        Assert.Equal(2, payloads.Values.OfType<StaleApprovalJob>().Count(s => s.WaitingSince is not null));
        Assert.All(payloads.Values, p => Assert.Equal(1, p.PayloadVersion));
    }

    [Fact]
    public async Task HostStartedOnIt_RunsThePendingRequestOnce_AndDeliversThePendingNotice()
    {
        var path = Copy();
        await using var host = await RunningHost.StartAsync("--ConnectionStrings:Ledger", path);
        var ledger = host.Services.GetRequiredService<ILedgerStore>();
        var queue = host.Services.GetRequiredService<IJobQueue>();
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var open = await queue.ListAsync(failedOnly: false);
            if (!open.Any(j => j.IdempotencyKey is "console:fixture-1" or "notice:fixture-2"))
            {
                break;
            }

            await Task.Delay(50);
        }

        Assert.DoesNotContain(await queue.ListAsync(failedOnly: false), j => j.IdempotencyKey is "console:fixture-1" or "notice:fixture-2");
        var drafts = await ledger.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.DraftCreated, Thread: "console/fx-pending/fx-pending"));
        Assert.Single(drafts);
        Assert.True((await ChainVerifier.VerifyAsync(ledger)).IsValid);
    }

    private static int TableCount(string path, string table)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
        command.Parameters.AddWithValue("$name", table);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
