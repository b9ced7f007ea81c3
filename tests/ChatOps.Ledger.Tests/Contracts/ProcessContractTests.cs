using System.Text.RegularExpressions;
using ChatOps.Core.Ledger;

namespace ChatOps.Ledger.Tests.Contracts;

/// <summary>Several writer processes at once, and a writer killed with SIGKILL in the middle of a stream.</summary>
public abstract partial class ProcessContractTests(IStoreFactory stores) : StoreTestBase(stores)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task AppendAsync_FourWriterProcessesAtOnce_KeepOneValidChain()
    {
        var writers = Enumerable.Range(1, 4).Select(w => TestWriterProcess.Start("append", Stores.Connection, "150", $"w{w}")).ToArray();

        await Task.WhenAll(writers.Select(w => w.ExitCleanlyAsync(Limit)));

        var result = await ChainVerifier.VerifyAsync(Store);
        Assert.True(result.IsValid, result.Problem?.Message);
        Assert.Equal(600, result.RecordsChecked);
    }

    [Fact]
    public async Task Writer_KilledMidStreamThenRestarted_LosesNothingDoublesNothingPostsEachWriteBackOnce()
    {
        const int decisions = 1000;
        var journal = Directory.CreateTempSubdirectory("chatops-journal-").FullName;
        try
        {
            // Act: kill the writer (SIGKILL) once it has committed 300 decisions, then start it again.
            using (var first = TestWriterProcess.Start("decide", Stores.Connection, $"{decisions}", journal))
            {
                while (await first.StandardOutput.ReadLineAsync() is { } line && line != "committed 300")
                {
                }

                first.Kill(entireProcessTree: true);
                await first.WaitForExitAsync();
            }

            var decidedBeforeRestart = (await Store.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.Decision))).Count;
            var pendingBeforeRestart = await Store.PendingCountAsync();
            using (var second = TestWriterProcess.Start("decide", Stores.Connection, $"{decisions}", journal))
            {
                await second.ExitCleanlyAsync(Limit);
            }

            // Assert
            var decided = await Store.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.Decision));
            var writeBacks = await Store.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.WriteBack));
            var posted = Marker().Matches(await File.ReadAllTextAsync(Path.Combine(journal, "crash.md"))).Select(m => m.Groups[1].Value).ToArray();
            var verify = await ChainVerifier.VerifyAsync(Store);
            Assert.InRange(decidedBeforeRestart, 300, decisions - 1);
            Assert.True(pendingBeforeRestart > 0, "the kill should leave write-backs pending");
            Assert.Equal(decisions, decided.Select(r => r.IdempotencyKey).Distinct().Count());
            Assert.Equal(decisions, decided.Count);
            Assert.Equal(decisions, writeBacks.Count);
            Assert.Equal(decisions, writeBacks.Select(r => r.IdempotencyKey).Distinct().Count());
            Assert.Equal(decisions, posted.Length);
            Assert.Equal(Enumerable.Range(1, decisions).Select(i => $"wb:crash:{i}").Order(), posted.Order());
            Assert.Equal(0, await Store.PendingCountAsync());
            Assert.True(verify.IsValid, verify.Problem?.Message);
        }
        finally
        {
            Directory.Delete(journal, recursive: true);
        }
    }

    [GeneratedRegex("<!-- chatops:([^ ]+) -->")]
    private static partial Regex Marker();
}
