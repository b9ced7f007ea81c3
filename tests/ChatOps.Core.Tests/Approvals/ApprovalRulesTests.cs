using ChatOps.Core.Approvals;
using ChatOps.Core.Policy;

namespace ChatOps.Core.Tests.Approvals;

public sealed class ApprovalRulesTests
{
    private static readonly WorkflowPolicy TwoPerson = new()
    {
        Name = "access-change", Tier = RiskTier.AutonomousAction, ApproverRoles = ["access-admin"], ApprovalsRequired = 2, AllowedModels = ["offline"],
    };

    private static readonly DraftState Pending = new()
    {
        DraftId = "a1", Workflow = "access-change", Drafter = "bob", Thread = "t", Version = "v2", Status = ApprovalStatus.PendingApproval,
    };

    private static readonly Person Alice = new("alice", ["access-admin"]);
    private static readonly Person Dave = new("dave", ["access-admin"]);

    [Fact]
    public void Decide_SecondDistinctApprover_Approves()
    {
        var state = Pending with { Decisions = [new RecordedDecision("alice", ["access-admin"], DecisionVerdict.Approve, "v2", DateTimeOffset.UnixEpoch, null, 5)] };

        var ruling = ApprovalRules.Decide(state, TwoPerson, new DecisionRequest("a1", "v2", Dave, DecisionVerdict.Approve));

        Assert.Equal((ApprovalOutcomeKind.Recorded, ApprovalStatus.Approved), (ruling.Kind, ruling.Status));
    }

    [Fact]
    public void Decide_ApprovalOfAnOlderVersionDoesNotCount_TowardsTheTwoPersonRule()
    {
        var state = Pending with { Decisions = [new RecordedDecision("alice", ["access-admin"], DecisionVerdict.Approve, "v1", DateTimeOffset.UnixEpoch, null, 5)] };

        var ruling = ApprovalRules.Decide(state, TwoPerson, new DecisionRequest("a1", "v2", Dave, DecisionVerdict.Approve));

        Assert.Equal(ApprovalStatus.PendingApproval, ruling.Status);
    }

    [Fact]
    public void Decide_DrafterWhenPolicyAllowsIt_IsRecorded()
    {
        var policy = TwoPerson with { DrafterMayApprove = true, ApprovalsRequired = 1 };

        var ruling = ApprovalRules.Decide(Pending with { Drafter = "alice" }, policy, new DecisionRequest("a1", "v2", Alice, DecisionVerdict.Approve));

        Assert.Equal(ApprovalStatus.Approved, ruling.Status);
    }

    [Theory]
    [InlineData(ApprovalStatus.Approved, "approved")]
    [InlineData(ApprovalStatus.Rejected, "rejected")]
    [InlineData(ApprovalStatus.Expired, "expired")]
    [InlineData(ApprovalStatus.Checked, "not submitted")]
    public void Decide_DraftNotPending_IsRefusedSayingWhereItStands(ApprovalStatus status, string says)
    {
        var ruling = ApprovalRules.Decide(Pending with { Status = status }, TwoPerson, new DecisionRequest("a1", "v2", Alice, DecisionVerdict.Approve));

        Assert.Equal(ApprovalOutcomeKind.Refused, ruling.Kind);
        Assert.Contains(says, ruling.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefuseOverride_PolicyClaimsOverrideAtTierTwo_IsStillRefused()
    {
        var policy = TwoPerson with { Tier = RiskTier.CustomerFacing, OverrideFindings = true };

        var refusal = ApprovalRules.RefuseOverride(Pending with { Status = ApprovalStatus.Checked }, policy, Alice, "reason");

        Assert.NotNull(refusal);
    }
}
