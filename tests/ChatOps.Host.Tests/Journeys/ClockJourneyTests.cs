using ChatOps.Core.Ledger;
using Microsoft.Extensions.DependencyInjection;
using static ChatOps.Host.Tests.Journeys.ConsoleCards;

namespace ChatOps.Host.Tests.Journeys;

/// <summary>
/// The approval loop over hours and days, through the real host on the console, its clock moved forward: a request
/// left waiting nudges its approvers once; an approval with a validity reminds before it lapses, Renew asks for a new
/// approval of the same text, and a lapse is told to the thread and the ticket (the journal on the embedded default).
/// </summary>
public sealed class ClockJourneyTests
{
    [Fact]
    public async Task ARequestLeftWaitingPastRemindAfterHours_NudgesItsApproversOnce()
    {
        var clock = new TestClock();
        await using var host = await StartAsync(clock);
        const string thread = "stale-journey";
        await host.SayAsync(thread, "alice", "draft customer-update INC-2041 status for EU customers");
        await host.ClickAsync(thread, "alice", Action(Card(await host.EntriesAsync(thread, "alice", 2), 1), "submit"));
        var request = Card(await host.EntriesAsync(thread, "alice", 4), 3);

        // customer-update: remind_after_hours 2. Three hours later nobody has decided.
        clock.Advance(TimeSpan.FromHours(3));
        var nudge = await WaitForCardAsync(host, thread, "alice", "Still waiting for approval");
        Assert.Contains("has waited more than 2 hour(s) for Bob Brennan, Carol Chen", Text(nudge), StringComparison.Ordinal);

        // Hours more pass: still one nudge. Then Bob decides, and the request no longer waits.
        clock.Advance(TimeSpan.FromHours(5));
        await host.ClickAsync(thread, "bob", Action(request, "approve"));
        await WaitForCardAsync(host, thread, "alice", "is in the journal");
        var ledger = host.Services.GetRequiredService<ILedgerStore>();
        var reminders = await ledger.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.ReminderSent));
        Assert.Single(reminders, r => r.Payload!.Contains("stale-approval", StringComparison.Ordinal));
        Assert.Single(await host.EntriesAsync(thread, "alice", 0), e => e?["card"]?["title"]?.GetValue<string>() == "Still waiting for approval");
    }

    [Fact]
    public async Task AnApprovalWithAValidity_RemindsBeforeItLapses_RenewAsksAgain_AndTheLapseIsToldToTheThreadAndTheTicket()
    {
        var clock = new TestClock();
        await using var host = await StartAsync(clock);
        const string thread = "validity-journey";
        await host.SayAsync(thread, "alice", "draft customer-update INC-2041 status for EU customers");
        await host.ClickAsync(thread, "alice", Action(Card(await host.EntriesAsync(thread, "alice", 2), 1), "submit"));
        await host.ClickAsync(thread, "bob", Action(Card(await host.EntriesAsync(thread, "alice", 4), 3), "approve"));
        await WaitForCardAsync(host, thread, "alice", "is in the journal");

        // validity 2 days, remind_before_days 1: a day and an hour later the thread is reminded, with Renew.
        clock.Advance(TimeSpan.FromHours(25));
        var reminder = await WaitForCardAsync(host, thread, "alice", "Approval lapses soon");
        Assert.True(HasAction(reminder, "renew"));

        // The drafter renews: the same text goes to the approvers again, and Bob approves it again.
        await host.ClickAsync(thread, "alice", Action(reminder, "renew"));
        var renewed = await WaitForCardAsync(host, thread, "alice", "Renewal requested");
        Assert.Contains("Bob Brennan", Text(renewed), StringComparison.Ordinal);
        var entries = await host.EntriesAsync(thread, "bob", 0);
        var again = entries.Select(e => e?["card"]).Last(c => c?["kind"]?.GetValue<string>() == "approvalRequest" && HasAction(c, "approve"))!;
        await host.ClickAsync(thread, "bob", Action(again, "approve"));
        await WaitForApprovalsAsync(host, 2);

        // Nobody renews the second approval: past its validity it lapses, and the thread and the ticket are told.
        clock.Advance(TimeSpan.FromHours(49));
        var lapsed = await WaitForCardAsync(host, thread, "alice", "Approval lapsed");
        Assert.True(HasAction(lapsed, "renew"));
        var journal = Path.Combine(host.JournalRoot, "customer-update.md");
        for (var attempt = 0; attempt < 200 && !(await ReadJournalAsync(journal)).Contains("lapsed", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(50);
        }

        Assert.Contains("it is no longer approved", await ReadJournalAsync(journal), StringComparison.Ordinal);
        var ledger = host.Services.GetRequiredService<ILedgerStore>();
        Assert.Single(await ledger.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.DecisionExpired)));
    }

    // The journal target holds the file exclusively while it writes an entry; a read that meets it reads nothing yet.
    private static async Task<string> ReadJournalAsync(string path)
    {
        try
        {
            return await File.ReadAllTextAsync(path);
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }

    private static async Task WaitForApprovalsAsync(RunningHost host, int count)
    {
        var ledger = host.Services.GetRequiredService<ILedgerStore>();
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if ((await ledger.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.Decision))).Count >= count)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Fewer than {count} decisions were recorded.");
    }

    // The shipped policy, with a validity on customer-update (2 days, reminded 1 day before).
    private static async Task<RunningHost> StartAsync(TestClock clock)
    {
        var folder = Directory.CreateTempSubdirectory("chatops-clock-policy-").FullName;
        var policy = Path.Combine(folder, "policy.yaml");
        var shipped = ChatOps.Policy.Yaml.PolicyYamlLoader.DefaultText();
        const string anchor = "    remind_after_hours: 2\n    write_back: { target: jira, site: https://acme.atlassian.net }\n";
        Assert.Contains(anchor, shipped, StringComparison.Ordinal);
        await File.WriteAllTextAsync(policy, shipped.Replace(anchor, "    remind_after_hours: 2\n    validity: { days: 2, remind_before_days: 1 }\n    write_back: { target: jira, site: https://acme.atlassian.net }\n", StringComparison.Ordinal));
        return await RunningHost.StartAsync(builder => builder.Services.AddSingleton<TimeProvider>(clock), "--Policy:Path", policy);
    }
}
