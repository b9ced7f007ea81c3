using System.Globalization;
using System.Net;
using ChatOps.Core.Ledger;
using ChatOps.Host.Tests.Slack;
using ChatOps.Ledger.Postgres;
using ChatOps.Testing.Postgres;

namespace ChatOps.Host.Tests.Models;

/// <summary>Two host instances on one PostgreSQL share a workflow's daily budget of drafts (needs PostgreSQL; never skipped).</summary>
public sealed class SharedBudgetTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private const string Secret = "test-signing-secret";
    private const int Budget = 5;
    private const int Requests = 14;

    [Fact]
    public async Task TwoInstances_BudgetOfFiveDrafts_ExactlyFiveModelCallsInTotal()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var slack = await FakeSlackServer.StartAsync();
        await using var model = LoopbackModelServer.Start(ScriptedReply.Draft(ModelArgs.GoodDraft));
        string[] settings = ["--Ledger:Provider", "postgres", "--ConnectionStrings:Ledger", database,
            "--Slack:SigningSecret", Secret, "--Slack:BotToken", "xoxb-test", "--Slack:ApiBaseUrl", slack.ApiBaseUrl.ToString(),
            .. ModelArgs.Shortcut(model, ModelArgs.KeyFile()), "--Drafting:Workflows:incident-internal:DraftsPerDay", Budget.ToString(CultureInfo.InvariantCulture)];
        var starting = await Task.WhenAll(RunningHost.StartAsync(settings), RunningHost.StartAsync(settings));
        await using var first = starting[0];
        await using var second = starting[1];
        SignedSlack[] instances = [new(first.Client, Secret), new(second.Client, Secret)];

        // Every request is its own (no cache hit); they arrive at both instances at once.
        var sent = Enumerable.Range(0, Requests).Select(i => instances[i % 2].MentionAsync(
            $"EvB{i:D3}", "U0ALICE01", $"draft incident-internal INC-2041 update number {i}", Ts(i)));
        Assert.All(await Task.WhenAll(sent), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var posts = await slack.WaitForAsync("chat.postMessage", Requests);

        Assert.Equal(Budget, model.RequestCount);
        Assert.Equal(Budget, posts.Count(p => p["blocks"]!.ToJsonString().Contains("\"submit\"", StringComparison.Ordinal)));
        Assert.Equal(Requests - Budget, posts.Count(p => p.ToJsonString().Contains("budget of incident-internal is used up", StringComparison.Ordinal)));
        await using var ledger = new PostgresLedgerStore(database, TimeProvider.System);
        Assert.Equal(Budget, (await ledger.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.ModelCall))).Count);
        Assert.Equal(Budget, (await ledger.UsageAsync("incident-internal", DateOnly.FromDateTime(DateTime.UtcNow))).Drafts);
    }

    private static string Ts(int i) => $"17911{i.ToString("D5", CultureInfo.InvariantCulture)}.000100";
}
