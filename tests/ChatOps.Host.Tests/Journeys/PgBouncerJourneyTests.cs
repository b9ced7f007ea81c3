using System.Text.Json.Nodes;
using ChatOps.Testing.Postgres;
using static ChatOps.Host.Tests.Journeys.ConsoleCards;

namespace ChatOps.Host.Tests.Journeys;

/// <summary>
/// The deployment the README recommends on PostgreSQL: the ledger on PostgreSQL behind PgBouncer in session mode, the host and the
/// CLI both connecting through it (needs PostgreSQL and PgBouncer; never skipped).
/// </summary>
public sealed class PgBouncerJourneyTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task HostAndCli_ThroughPgBouncer_DraftApproveAndReadTheScorecardAndWhoApproved()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var bouncer = await postgres.StartPgBouncerAsync();
        var pooled = bouncer.Route(database);
        await using var host = await RunningHost.StartAsync("--Ledger:Provider", "postgres", "--ConnectionStrings:Ledger", pooled);

        const string thread = "through-pgbouncer";
        await host.SayAsync(thread, "alice", "draft customer-update INC-2041 status for EU customers");
        await host.ClickAsync(thread, "alice", Action(Card(await host.EntriesAsync(thread, "alice", 2), 1), "submit"));
        await host.ClickAsync(thread, "bob", Action(Card(await host.EntriesAsync(thread, "alice", 4), 3), "approve"));
        await WaitForCardAsync(host, thread, "alice", "is in the journal");

        var stats = await ChatOpsCli.RunAsync("stats", "--format", "json", "--ledger", pooled);
        Assert.True(stats.ExitCode == 0, stats.Output);
        var totals = JsonNode.Parse(stats.Output[stats.Output.IndexOf('{', StringComparison.Ordinal)..])!["totals"]!;
        Assert.Equal(1, totals["drafts"]!.GetValue<long>());
        Assert.Equal(1, totals["approved"]!.GetValue<long>());

        var who = await ChatOpsCli.RunAsync("who-approved", "--ticket", "INC-2041", "--ledger", pooled);
        Assert.True(who.ExitCode == 0, who.Output);
        Assert.Contains("approved draft", who.Output, StringComparison.Ordinal);
        Assert.Contains("bob", who.Output, StringComparison.Ordinal);

        var verify = await ChatOpsCli.RunAsync("ledger", "verify", "--ledger", pooled);
        Assert.True(verify.ExitCode == 0, verify.Output);
    }
}
