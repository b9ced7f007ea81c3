using ChatOps.Core.Approvals;
using ChatOps.Core.Channels;
using ChatOps.Core.Checking;
using ChatOps.Core.Jobs;
using ChatOps.Core.Ledger;
using ChatOps.Core.Policy;
using ChatOps.Policy.Yaml;

namespace ChatOps.Ledger.Tests.Contracts;

/// <summary>The approval state machine end to end over a real store, under the shipped policy.</summary>
public abstract class ApprovalFlowContractTests(IStoreFactory stores) : StoreTestBase(stores)
{
    protected static readonly ChatOpsPolicy Policy = PolicyYamlLoader.LoadDefault();
    protected static readonly CheckResult Accepted = new(Verdict.Accepted, [], []);
    protected static readonly CheckResult Rejected = new(Verdict.Rejected, [new Finding("R1", "x", 0, 1, 1, "Uncited claim.", "Cite a source.")], []);

    protected ApprovalService Service => new(Store, Policy, Time);

    protected static Person Who(string name) => Policy.Resolve(new ChannelIdentity(ChannelIdentity.Console, name));

    [Fact]
    public async Task SubmitAsync_BeforeTheCheck_IsRefused()
    {
        await DraftAsync("d1");

        var outcome = await Service.SubmitAsync("d1", Who("alice"));

        Assert.True(outcome.IsRefused);
        Assert.Contains("not been checked", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitAsync_CheckerRejected_IsRefused()
    {
        var version = await DraftAsync("d1");
        await Service.RecordCheckAsync("d1", version, Rejected);

        var outcome = await Service.SubmitAsync("d1", Who("alice"));

        Assert.True(outcome.IsRefused);
        Assert.Contains("checker did not accept", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitAsync_RequiredEvidenceMissing_NamesTheKind()
    {
        var version = await DraftAsync("d1", evidenceKind: "doc");
        await Service.RecordCheckAsync("d1", version, Accepted);

        var outcome = await Service.SubmitAsync("d1", Who("alice"));

        Assert.True(outcome.IsRefused);
        Assert.Contains("must cite a ticket", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecideAsync_PersonOutsideTheApproverRoles_IsRefusedWithTheRoles()
    {
        var version = await PendingAsync("d1");

        var outcome = await Service.DecideAsync(new DecisionRequest("d1", version, Who("dave"), DecisionVerdict.Approve));

        Assert.True(outcome.IsRefused);
        Assert.Contains("Only comms-lead or support-lead", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecideAsync_TheDrafter_IsRefused()
    {
        var version = await PendingAsync("d1", drafter: "carol");

        var outcome = await Service.DecideAsync(new DecisionRequest("d1", version, Who("carol"), DecisionVerdict.Approve));

        Assert.True(outcome.IsRefused);
        Assert.Contains("You drafted this", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecideAsync_OneApproval_ApprovesAndEnqueuesOneWriteBack()
    {
        var version = await PendingAsync("d1");

        var outcome = await Service.DecideAsync(new DecisionRequest("d1", version, Who("bob"), DecisionVerdict.Approve));

        Assert.Equal(ApprovalStatus.Approved, outcome.State!.Status);
        var jobs = await Store.ClaimAsync(Time.GetUtcNow(), 10, TimeSpan.FromMinutes(1));
        Assert.Equal(JobKinds.WriteBack, Assert.Single(jobs).Kind);
        Assert.Contains("\"approver\":\"bob\"", jobs[0].Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecideAsync_WithANotice_QueuesTheDecisionsNewsInItsAppend_AheadOfTheWriteBack_AndARefusalQueuesNothing()
    {
        var version = await PendingAsync("d1", drafter: "carol");
        var to = new ReplyAddress("slack", "C1", "1.1", "2.2", "U-bob");

        var refused = await Service.DecideAsync(new DecisionRequest("d1", version, Who("carol"), DecisionVerdict.Approve, Notice: new DecisionNotice(to, "slack/C1/1.1", "click-1")));
        var outcome = await Service.DecideAsync(new DecisionRequest("d1", version, Who("bob"), DecisionVerdict.Approve, DeliveryId: "click-2", Notice: new DecisionNotice(to, "slack/C1/1.1", "click-2")));

        Assert.True(refused.IsRefused);
        Assert.Equal(ApprovalStatus.Approved, outcome.State!.Status);
        var jobs = await Store.ClaimAsync(Time.GetUtcNow(), 10, TimeSpan.FromMinutes(1));
        Assert.Equal([JobKinds.DecisionNotice, JobKinds.WriteBack], jobs.Select(j => j.Kind));
        Assert.Equal("click-2", jobs[0].IdempotencyKey);
        var news = Assert.IsType<DecisionNoticeJob>(JobJson.Read(jobs[0]));
        Assert.Equal(("d1", to, "slack/C1/1.1"), (news.DraftId, news.Reply, news.ThreadKey));
        Assert.Equal(outcome.Message, news.Message);
    }

    [Fact]
    public async Task DecideAsync_TwoPersonRule_NeedsTwoDistinctApprovers()
    {
        var version = await PendingAsync("a1", workflow: "access-change", drafter: "bob");

        var first = await Service.DecideAsync(new DecisionRequest("a1", version, Who("alice"), DecisionVerdict.Approve));
        var again = await Service.DecideAsync(new DecisionRequest("a1", version, Who("alice"), DecisionVerdict.Approve));
        var second = await Service.DecideAsync(new DecisionRequest("a1", version, Who("dave"), DecisionVerdict.Approve));

        Assert.Equal(ApprovalStatus.PendingApproval, first.State!.Status);
        Assert.Contains("1 of 2", first.Message, StringComparison.Ordinal);
        Assert.Equal(ApprovalOutcomeKind.Duplicate, again.Kind);
        Assert.Equal(ApprovalStatus.Approved, second.State!.Status);
        Assert.Equal(["alice", "dave"], second.State.ApprovalsOfCurrentVersion.Select(d => d.Approver));
    }

    [Fact]
    public async Task DecideAsync_SameDeliveryTwice_IsRecordedOnce()
    {
        var version = await PendingAsync("d1");
        var click = new DecisionRequest("d1", version, Who("bob"), DecisionVerdict.Reject, "Wrong customer.", DeliveryId: "slack:action:42");

        var first = await Service.DecideAsync(click);
        var retry = await Service.DecideAsync(click);

        Assert.Equal(ApprovalOutcomeKind.Recorded, first.Kind);
        Assert.Equal(ApprovalOutcomeKind.Duplicate, retry.Kind);
        Assert.Single(await Store.QueryAsync(new LedgerQuery(DraftId: "d1", Kind: LedgerRecordKinds.Decision)));
    }

    [Fact]
    public async Task DecideAsync_RejectWithoutReason_IsRefusedAndWithReasonRejects()
    {
        var version = await PendingAsync("d1");

        var bare = await Service.DecideAsync(new DecisionRequest("d1", version, Who("bob"), DecisionVerdict.Reject));
        var reasoned = await Service.DecideAsync(new DecisionRequest("d1", version, Who("bob"), DecisionVerdict.Reject, "Wrong ETA."));

        Assert.Contains("Give a reason", bare.Message, StringComparison.Ordinal);
        Assert.Equal(ApprovalStatus.Rejected, reasoned.State!.Status);
        Assert.Empty(await Store.ClaimAsync(Time.GetUtcNow(), 10, TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task DecideAsync_OnAnOlderVersion_IsRefused()
    {
        var old = await PendingAsync("d1");
        await Service.DecideAsync(new DecisionRequest("d1", old, Who("bob"), DecisionVerdict.RequestChanges, "Add the ETA."));
        var current = await DraftAsync("d1", output: "Revised update with the ETA [S1].");
        await Service.RecordCheckAsync("d1", current, Accepted);
        await Service.SubmitAsync("d1", Who("alice"));

        var stale = await Service.DecideAsync(new DecisionRequest("d1", old, Who("carol"), DecisionVerdict.Approve));
        var fresh = await Service.DecideAsync(new DecisionRequest("d1", current, Who("carol"), DecisionVerdict.Approve));

        Assert.True(stale.IsRefused);
        Assert.Contains("older version", stale.Message, StringComparison.Ordinal);
        Assert.Equal(ApprovalStatus.Approved, fresh.State!.Status);
    }

    [Fact]
    public async Task ExpireAsync_ApprovalWithValidity_LapsesOnlyAtItsExpiry()
    {
        var version = await PendingAsync("s1", workflow: "security-exception", drafter: "alice");
        await Service.DecideAsync(new DecisionRequest("s1", version, Who("carol"), DecisionVerdict.Approve));
        await Service.DecideAsync(new DecisionRequest("s1", version, Who("dave"), DecisionVerdict.Approve));

        Time.Advance(TimeSpan.FromDays(76));
        var reminders = await Store.ClaimAsync(Time.GetUtcNow(), 10, TimeSpan.FromMinutes(1));
        foreach (var job in reminders)
        {
            await Store.CompleteAsync(job.Id, null);
        }

        var early = await Service.ExpireAsync("s1", version);
        Time.Advance(TimeSpan.FromDays(14));
        var due = await Store.ClaimAsync(Time.GetUtcNow(), 10, TimeSpan.FromMinutes(1));
        var lapsed = await Service.ExpireAsync("s1", version);

        Assert.Equal([JobKinds.WriteBack, JobKinds.Reminder], reminders.Select(j => j.Kind));
        Assert.True(early.IsRefused);
        Assert.Equal([JobKinds.Expiry], due.Select(j => j.Kind));
        Assert.Equal(ApprovalStatus.Expired, lapsed.State!.Status);
        Assert.Single(await Store.QueryAsync(new LedgerQuery(DraftId: "s1", Kind: LedgerRecordKinds.DecisionExpired)));
    }

    [Fact]
    public async Task CreateDraftAsync_WorkflowSwitchedOff_IsRefusedAndTheSwitchIsRecorded()
    {
        var flip = await new WorkflowSwitch(Store, Time).SwitchAsync("customer-update", enabled: false, Who("alice"), "Wrong ETAs going out.");

        var outcome = await Service.CreateDraftAsync(NewDraft("d1", "customer-update", "bob", "text", "ticket"));

        Assert.True(outcome.IsRefused);
        Assert.Contains("switched off", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("\"by\":\"alice\"", flip.Payload, StringComparison.Ordinal);
        Assert.Contains("Wrong ETAs", flip.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateDraftAsync_WhileSwitchedOff_WritesNothing_AndDraftsAgainOnceSwitchedOn()
    {
        var switches = new WorkflowSwitch(Store, Time);
        await switches.SwitchAsync("customer-update", enabled: false, Who("alice"), "Wrong ETAs going out.");
        var head = await Store.HeadAsync();

        var refused = await Service.CreateDraftAsync(NewDraft("d1", "customer-update", "bob", "text", "ticket"));
        var unchanged = await Store.HeadAsync();
        await switches.SwitchAsync("customer-update", enabled: true, Who("alice"), "ETAs fixed.");
        var recorded = await Service.CreateDraftAsync(NewDraft("d1", "customer-update", "bob", "text", "ticket"));

        Assert.True(refused.IsRefused);
        Assert.Equal(head, unchanged);
        Assert.False(recorded.IsRefused, recorded.Message);
        Assert.Single(await Store.QueryAsync(new LedgerQuery(DraftId: "d1", Kind: LedgerRecordKinds.DraftCreated)));
    }

    [Fact]
    public async Task CreateDraftAsync_NewDraftWithModelCalls_AnswersTheStateTheLedgerFolds()
    {
        var draft = NewDraft("d1", "customer-update", "bob", "The outage ended at 10:42 UTC [S1].", "ticket") with
        {
            ModelCalls = [new ChatOps.Core.Drafting.ModelCall("small", "m", ChatOps.Core.Drafting.ModelCallPurpose.Draft, new ChatOps.Core.Drafting.DraftUsage(100, 20), 0.01m, TimeSpan.FromMilliseconds(3))],
        };

        var outcome = await Service.CreateDraftAsync(draft);
        var read = await Service.GetStateAsync("d1");

        Assert.Equal(ApprovalOutcomeKind.Recorded, outcome.Kind);
        Assert.Equal(Describe(read!), Describe(outcome.State!));
        Assert.Equal((await Store.HeadAsync()).Sequence, outcome.State!.LastSequence);
    }

    [Fact]
    public async Task CreateDraftAsync_NewVersionOfADecidedDraft_KeepsItsHistory_AndEachActionAnswersTheStateTheLedgerFolds()
    {
        var first = await PendingAsync("d1");
        var requested = await Service.DecideAsync(new DecisionRequest("d1", first, Who("carol"), DecisionVerdict.RequestChanges, "Name the region."));

        var edited = await Service.CreateDraftAsync(NewDraft("d1", "customer-update", "alice", "The EU outage ended at 10:42 UTC [S1].", "ticket"));
        var readAfterEdit = await Service.GetStateAsync("d1");
        var checkedEdit = await Service.RecordCheckAsync("d1", edited.State!.Version, Accepted);
        var readAfterCheck = await Service.GetStateAsync("d1");

        Assert.False(requested.IsRefused, requested.Message);
        Assert.Equal(ApprovalOutcomeKind.Recorded, edited.Kind);
        Assert.NotEqual(first, edited.State.Version);
        Assert.Equal(DecisionVerdict.RequestChanges, Assert.Single(edited.State.Decisions).Verdict);
        Assert.Equal(Describe(readAfterEdit!), Describe(edited.State));
        Assert.Equal(Describe(readAfterCheck!), Describe(checkedEdit.State!));
        Assert.Equal(ApprovalStatus.Checked, checkedEdit.State!.Status);
    }

    private static string Describe(DraftState s) =>
        $"{s.DraftId}|{s.Workflow}|{s.Version}|{s.Status}|{s.CheckAccepted}|{s.LastSequence}|{s.RequestSequence}|{s.Output}|{string.Join(",", s.Decisions.Select(d => $"{d.Approver}:{d.Verdict}:{d.Version}:{d.Sequence}"))}|{s.Evidence.Count}|{s.Flags.Count}";

    [Fact]
    public async Task CreateDraftAsync_ModelNotAllowed_IsRefused()
    {
        var outcome = await Service.CreateDraftAsync(NewDraft("d1", "pricing-change", "bob", "text", "ticket") with { ModelId = "azure-openai/gpt-4o" });

        Assert.True(outcome.IsRefused);
        Assert.Contains("not allowed", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverrideFindingsAsync_AllowedAtTierZero_LetsTheDraftBeSubmitted()
    {
        var version = await DraftAsync("i1", workflow: "incident-internal", evidenceKind: "log-query");
        await Service.RecordCheckAsync("i1", version, Rejected);

        var refusedWithoutReason = await Service.OverrideFindingsAsync("i1", version, Who("bob"), " ");
        var overridden = await Service.OverrideFindingsAsync("i1", version, Who("bob"), "The figure comes from the live dashboard.");
        var submitted = await Service.SubmitAsync("i1", Who("bob"));

        Assert.True(refusedWithoutReason.IsRefused);
        Assert.Equal(ApprovalOutcomeKind.Recorded, overridden.Kind);
        Assert.Equal(ApprovalStatus.PendingApproval, submitted.State!.Status);
        Assert.Single(await Store.QueryAsync(new LedgerQuery(DraftId: "i1", Kind: LedgerRecordKinds.CheckOverride)));
    }

    [Fact]
    public async Task OverrideFindingsAsync_AtTierTwo_IsRefused()
    {
        var version = await DraftAsync("d1");
        await Service.RecordCheckAsync("d1", version, Rejected);

        var outcome = await Service.OverrideFindingsAsync("d1", version, Who("bob"), "Trust me.");

        Assert.True(outcome.IsRefused);
        Assert.Contains("may be overridden only at tiers 0–1", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecideAsync_TwoApproversAtOnce_ApproveOnceWithOneWriteBack()
    {
        var version = await PendingAsync("a1", workflow: "access-change", drafter: "bob");

        await Task.WhenAll(
            Task.Run(() => Service.DecideAsync(new DecisionRequest("a1", version, Who("alice"), DecisionVerdict.Approve))),
            Task.Run(() => Service.DecideAsync(new DecisionRequest("a1", version, Who("dave"), DecisionVerdict.Approve))));

        var state = await Service.GetStateAsync("a1");
        var writeBacks = (await Store.ClaimAsync(Time.GetUtcNow(), 10, TimeSpan.FromMinutes(1))).Where(j => j.Kind == JobKinds.WriteBack);
        Assert.Equal(ApprovalStatus.Approved, state!.Status);
        Assert.Single(writeBacks);
    }

    [Fact]
    public async Task ApprovalQueries_ByThreadTicketAndDraft_NameTheApprovers()
    {
        var version = await PendingAsync("d1");
        await Service.DecideAsync(new DecisionRequest("d1", version, Who("bob"), DecisionVerdict.Approve));
        var queries = new ApprovalQueries(Store);

        var byThread = await queries.ByThreadAsync("slack/C1/d1");
        var byTicket = await queries.ByTicketAsync("SUP-d1");
        var byDraft = await queries.ByDraftAsync("d1");
        var history = await queries.HistoryAsync("d1");

        Assert.Equal("bob", Assert.Single(byThread).Approver);
        Assert.Equal(["comms-lead"], byThread[0].Roles);
        Assert.Equal(byThread.Select(a => a.Sequence), byTicket.Select(a => a.Sequence));
        Assert.Equal(byThread.Select(a => a.Sequence), byDraft.Select(a => a.Sequence));
        Assert.Equal(version, byDraft[0].Version);
        Assert.Equal([LedgerRecordKinds.DraftCreated, LedgerRecordKinds.CheckResult, LedgerRecordKinds.ApprovalRequested, LedgerRecordKinds.Decision], history.Select(r => r.Kind));
    }

    protected static NewDraft NewDraft(string id, string workflow, string drafter, string output, string evidenceKind) => new()
    {
        DraftId = id,
        Workflow = workflow,
        Drafter = Who(drafter),
        Thread = $"slack/C1/{id}",
        Ticket = $"SUP-{id}",
        Request = "Draft the customer update for the outage.",
        PromptId = workflow,
        PromptVersionHash = new string('a', 64),
        ModelId = "offline",
        Evidence = [new EvidenceReference("S1", evidenceKind, new string('b', 64), "https://tickets.example/SUP-1")],
        Output = output,
    };

    protected async Task<string> DraftAsync(string id, string workflow = "customer-update", string drafter = "alice", string evidenceKind = "ticket", string output = "The outage ended at 10:42 UTC [S1].")
    {
        var outcome = await Service.CreateDraftAsync(NewDraft(id, workflow, drafter, output, evidenceKind));
        Assert.False(outcome.IsRefused, outcome.Message);
        return outcome.State!.Version;
    }

    protected async Task<string> PendingAsync(string id, string workflow = "customer-update", string drafter = "alice")
    {
        var version = await DraftAsync(id, workflow, drafter);
        await Service.RecordCheckAsync(id, version, Accepted);
        var submitted = await Service.SubmitAsync(id, Who(drafter));
        Assert.Equal(ApprovalStatus.PendingApproval, submitted.State!.Status);
        return version;
    }
}
