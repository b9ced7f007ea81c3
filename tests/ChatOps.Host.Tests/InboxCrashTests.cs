using System.Net.Http.Json;
using ChatOps.Core.Ledger;
using ChatOps.Ledger.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChatOps.Host.Tests;

public sealed class InboxCrashTests
{
    [Fact]
    public async Task SigkillMidStream_LosesNoAcceptedRequest_AndRunsNoneTwiceToCompletion()
    {
        var folder = Directory.CreateTempSubdirectory("chatops-crash-").FullName;
        var ledgerPath = Path.Combine(folder, "ledger.db");
        try
        {
            using var ledger = new SqliteLedgerStore(ledgerPath, TimeProvider.System);
            var acceptedByClient = 0;
            int draftsAtKill;
            using (var first = await HostProcess.StartAsync(ledgerPath))
            {
                // A steady stream of requests from 16 senders, faster than one worker drains it; the host is killed while
                // requests are still arriving and a backlog is waiting.
                using var client = new HttpClient { BaseAddress = first.Address };
                using var stop = new CancellationTokenSource();
                var senders = Enumerable.Range(0, 16).Select(sender => Task.Run(async () =>
                {
                    for (var i = 0; !stop.IsCancellationRequested; i++)
                    {
                        try
                        {
                            var response = await client.PostAsJsonAsync(new Uri("/console/api/threads/crash/messages", UriKind.Relative),
                                new { @as = "alice", text = $"draft incident-internal INC-2041 update {sender}-{i}" });
                            if (response.StatusCode == System.Net.HttpStatusCode.Accepted)
                            {
                                Interlocked.Increment(ref acceptedByClient);
                            }
                        }
                        catch (HttpRequestException)
                        {
                            return;
                        }
                    }
                })).ToArray();

                await WaitAsync(async () => (await DraftsAsync(ledger)).Count >= 3 && await ledger.PendingCountAsync() >= 5);
                first.Kill();
                draftsAtKill = (await DraftsAsync(ledger)).Count;
                await stop.CancelAsync();
                await Task.WhenAll(senders);
            }

            var acceptedByHost = InboxRows(ledgerPath);
            Assert.True(draftsAtKill < acceptedByHost, $"the kill came after all {acceptedByHost} requests were handled");
            Assert.True(acceptedByHost >= acceptedByClient);

            using (await HostProcess.StartAsync(ledgerPath))
            {
                await WaitAsync(async () => await ledger.PendingCountAsync() == 0);
            }

            // Every accepted request was handled exactly once to completion: one draft and one check each.
            var drafts = await DraftsAsync(ledger);
            Assert.Equal(acceptedByHost, drafts.Count);
            Assert.Equal(acceptedByHost, drafts.Select(d => d.DraftId).Distinct().Count());
            Assert.Equal(acceptedByHost, (await ledger.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.CheckResult))).Count);
            Assert.True((await ChainVerifier.VerifyAsync(ledger)).IsValid);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int InboxRows(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM ledger_jobs WHERE kind = 'run-request'";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Task<IReadOnlyList<LedgerRecord>> DraftsAsync(ILedgerStore ledger) =>
        ledger.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.DraftCreated));

    private static async Task WaitAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 1200; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The condition was not met in time.");
    }
}
