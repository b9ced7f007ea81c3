using System.IO.Compression;
using ChatOps.Core.Ledger;
using ChatOps.Host.Tests.Journeys;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using static ChatOps.Host.Tests.Journeys.ConsoleCards;

namespace ChatOps.Host.Tests.LedgerFixture;

/// <summary>Runs only when <c>CHATOPS_WRITE_LEDGER_FIXTURE</c> names a folder to write the fixture to.</summary>
public sealed class FixtureWriterFactAttribute : FactAttribute
{
    public const string Variable = "CHATOPS_WRITE_LEDGER_FIXTURE";

    public FixtureWriterFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"Writes the ledger fixture; set {Variable} to a folder to run it.";
        }
    }
}

/// <summary>
/// Writes tests/ChatOps.Host.Tests/LedgerFixture/v1 (see <see cref="LedgerFixtureTests"/>): a ledger holding every
/// record kind, written by the real host through the console and the CLI (ledger.db.gz), its JSONL export, and what the product
/// read from it. Run once with the code whose records the fixture keeps:
/// <c>CHATOPS_WRITE_LEDGER_FIXTURE=$PWD/tests/ChatOps.Host.Tests/LedgerFixture/v1 dotnet test tests/ChatOps.Host.Tests -c Release --filter LedgerFixtureWriter</c>.
/// </summary>
public sealed class LedgerFixtureWriter
{
    [FixtureWriterFact]
    public async Task WritesALedgerWithEveryRecordKind()
    {
        var output = Environment.GetEnvironmentVariable(FixtureWriterFactAttribute.Variable)!;
        Directory.CreateDirectory(output);
        var blocker = Path.Combine(Path.GetTempPath(), $"chatops-blocker-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(blocker, "not a folder");
        var clock = new TestClock();
        var policy = await ValidityPolicyAsync();
        await using var host = await RunningHost.StartAsync(b => b.Services.AddSingleton<TimeProvider>(clock),
            "--Policy:Path", policy, "--WriteBack:JournalRoot", Path.Combine(blocker, "journal"), "--Outbox:MaxAttempts", "1");

        // customer-update on fixture-a: drafted, a guess edited in (rejected) and out, submitted, approved by Bob; the
        // journal cannot be written, so the write-back fails until the operator fixes it and retries from the CLI.
        const string a = "fixture-a";
        await host.SayAsync(a, "alice", "draft customer-update INC-2041 status for EU customers");
        var first = Card(await host.EntriesAsync(a, "alice", 2), 1);
        var draftA = Action(first, "submit")["data"]!["draft"]!.GetValue<string>();
        await host.SayAsync(a, "alice", $"edit {draftA} The cache probably failed.");
        await host.EntriesAsync(a, "alice", 4);
        await host.SayAsync(a, "alice", $"edit {draftA} Checkout errors reached 12% of requests between 13:58 and 14:40 UTC [LOG-7].");
        await host.ClickAsync(a, "alice", Action(Card(await host.EntriesAsync(a, "alice", 6), 5), "submit"));
        await host.ClickAsync(a, "bob", Action(Card(await host.EntriesAsync(a, "alice", 8), 7), "approve"));
        await WaitForCardAsync(host, a, "alice", "Write-back failed");
        var failed = await ChatOpsCli.RunAsync("outbox", "list", "--failed", "--ledger", host.LedgerPath);
        File.Delete(blocker);
        var retry = await ChatOpsCli.RunAsync("outbox", "retry", failed.Output.Split('\n')[0].Trim().Split(' ')[0], "--reason", "journal folder fixed", "--ledger", host.LedgerPath);
        Assert.True(retry.ExitCode == 0, retry.Output);
        await WaitForCardAsync(host, a, "alice", "is in the journal");

        // fixture-b: Carol rejects with a reason, Alice revises, Bob approves the new version.
        const string b = "fixture-b";
        await host.SayAsync(b, "alice", "draft customer-update INC-2041 status for EU customers");
        var draftB = Card(await host.EntriesAsync(b, "alice", 2), 1);
        await host.ClickAsync(b, "alice", Action(draftB, "submit"));
        await host.ClickAsync(b, "carol", Action(Card(await host.EntriesAsync(b, "alice", 4), 3), "reject"), new() { ["reason"] = "Say when the next update comes." });
        await WaitForCardAsync(host, b, "alice", "Say when the next update comes.");
        var shown = Action(draftB, "edit")["input"]!["initialValue"]!.GetValue<string>();
        await host.ClickAsync(b, "alice", Action(draftB, "edit"), new() { ["text"] = shown + "\n\nWe will post the next update by 16:00 UTC." });
        await host.ClickAsync(b, "alice", Action(Card(await host.EntriesAsync(b, "alice", 6), 5), "submit"));
        await host.ClickAsync(b, "bob", Action(await WaitForCardAsync(host, b, "bob", "Approval requested"), "approve"));
        await WaitForCardAsync(host, b, "alice", "is in the journal");

        // support-reply (tier 1): a rejected draft approved despite its findings, with a reason.
        const string s = "fixture-support";
        await host.SayAsync(s, "alice", "draft support-reply INC-2041 reply to the customer");
        await host.EntriesAsync(s, "alice", 2);
        await host.SayAsync(s, "alice", "edit The outage probably affected everyone [1].");
        await host.ClickAsync(s, "carol", Action(await WaitForCardAsync(host, s, "alice", "rejected:"), "override"), new() { ["reason"] = "The customer asked for our best guess; it is labelled as such." });
        await WaitForCardAsync(host, s, "carol", "Approved despite findings");

        // fixture-c: left waiting past remind_after_hours (a nudge), then approved; the approvals lapse two days on
        // (a reminder a day before, then decision-expired), after the workflow is paused and resumed from the CLI.
        const string c = "fixture-c";
        await host.SayAsync(c, "alice", "draft customer-update INC-2041 status for EU customers");
        await host.ClickAsync(c, "alice", Action(Card(await host.EntriesAsync(c, "alice", 2), 1), "submit"));
        var request = Card(await host.EntriesAsync(c, "alice", 4), 3);
        clock.Advance(TimeSpan.FromHours(3));
        await WaitForCardAsync(host, c, "alice", "Still waiting for approval");
        Assert.Equal(0, (await ChatOpsCli.RunAsync("workflow", "pause", "customer-update", "--reason", "numbers under review", "--ledger", host.LedgerPath)).ExitCode);
        Assert.Equal(0, (await ChatOpsCli.RunAsync("workflow", "resume", "customer-update", "--ledger", host.LedgerPath)).ExitCode);
        await host.ClickAsync(c, "bob", Action(request, "approve"));
        await WaitForCardAsync(host, c, "alice", "is in the journal");
        clock.Advance(TimeSpan.FromHours(25));
        await WaitForCardAsync(host, c, "alice", "Approval lapses soon");
        clock.Advance(TimeSpan.FromHours(49));
        await WaitForCardAsync(host, c, "alice", "Approval lapsed");

        // The prompt owner's eval records and a retention run, from the CLI.
        var eval = await ChatOpsCli.RunAsync("eval", "drafts", "--set", ChatOpsCli.RepoPath("tests/evalsets/drafting/cases"), "--endpoint", "offline", "--min-pass", "1", "--record", "--ledger", host.LedgerPath);
        Assert.True(eval.ExitCode == 0, eval.Output);
        Assert.Equal(0, (await ChatOpsCli.RunAsync("ledger", "retain", "--ledger", host.LedgerPath)).ExitCode);

        var ledger = host.Services.GetRequiredService<ILedgerStore>();
        await WaitForQuietOutboxAsync(host);
        var kinds = new List<string>();
        await foreach (var record in ledger.ReadAsync())
        {
            kinds.Add(record.Kind);
        }

        foreach (var kind in typeof(LedgerRecordKinds).GetFields().Select(f => (string)f.GetValue(null)!))
        {
            Assert.Contains(kind, kinds);
        }

        var db = Path.Combine(Directory.CreateTempSubdirectory("chatops-fixture-").FullName, "ledger.db");
        await using (var connection = new SqliteConnection($"Data Source={host.LedgerPath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var vacuum = connection.CreateCommand();
            vacuum.CommandText = "VACUUM INTO $path";
            vacuum.Parameters.AddWithValue("$path", db);
            await vacuum.ExecuteNonQueryAsync();
        }

        // One self-contained file, without the WAL beside it.
        await using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var mode = connection.CreateCommand();
            mode.CommandText = "PRAGMA journal_mode=DELETE";
            await mode.ExecuteNonQueryAsync();
        }

        // Compressed: the file is mostly empty pages.
        await using (var source = File.OpenRead(db))
        await using (var target = new GZipStream(File.Create(Path.Combine(output, "ledger.db.gz")), CompressionLevel.SmallestSize))
        {
            await source.CopyToAsync(target);
        }

        SqliteConnection.ClearAllPools();
        File.Delete(db);

        var export = await ChatOpsCli.RunAsync("ledger", "export", "--ledger", host.LedgerPath);
        Assert.True(export.ExitCode == 0, export.Output);
        await File.WriteAllTextAsync(Path.Combine(output, "ledger.jsonl"), export.Output);
        await File.WriteAllTextAsync(Path.Combine(output, "readings.json"), await LedgerReadings.TakeAsync(ledger, LedgerFixtureTests.Workflows));
        File.Delete(policy);
    }

    private static async Task WaitForQuietOutboxAsync(RunningHost host)
    {
        var outbox = host.Services.GetRequiredService<ChatOps.Core.Jobs.IJobQueue>();
        for (var attempt = 0; attempt < 400 && await outbox.PendingCountAsync() > 0; attempt++)
        {
            await Task.Delay(50);
        }
    }

    // The shipped policy, with a validity on customer-update (2 days, reminded 1 day before), as the clock journeys use.
    private static async Task<string> ValidityPolicyAsync()
    {
        var policy = Path.Combine(Directory.CreateTempSubdirectory("chatops-fixture-policy-").FullName, "policy.yaml");
        var shipped = ChatOps.Policy.Yaml.PolicyYamlLoader.DefaultText();
        const string anchor = "    remind_after_hours: 2\n    write_back: { target: jira, site: https://acme.atlassian.net }\n";
        Assert.Contains(anchor, shipped, StringComparison.Ordinal);
        await File.WriteAllTextAsync(policy, shipped.Replace(anchor, "    remind_after_hours: 2\n    validity: { days: 2, remind_before_days: 1 }\n    write_back: { target: jira, site: https://acme.atlassian.net }\n", StringComparison.Ordinal));
        return policy;
    }
}
