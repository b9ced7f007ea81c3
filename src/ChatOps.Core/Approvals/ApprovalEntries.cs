using System.Security.Cryptography;
using System.Text;
using ChatOps.Core.Checking;
using ChatOps.Core.Drafting;
using ChatOps.Core.Ledger;
using ChatOps.Core.Ledger.Records;
using ChatOps.Core.Policy;

namespace ChatOps.Core.Approvals;

/// <summary>Builds the ledger entries the approval flow records, each from its typed body, with the idempotency key that makes it happen once.</summary>
internal static class ApprovalEntries
{
    public static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static LedgerEntry DraftCreated(NewDraft d)
    {
        var body = new DraftCreatedV1(
            d.Drafter.Id,
            d.Request,
            d.PromptId,
            d.PromptVersionHash,
            d.ModelId,
            d.ModelSettings,
            [.. d.Evidence.Select(e => new DraftEvidenceV1(e.Id, e.Kind, e.ContentHash, e.Uri))],
            d.Output,
            HashOf(d.Output),
            d.Flags.Count > 0 ? [.. d.Flags.Select(f => new DraftFlagV1(f.Kind, f.SourceId, f.Phrase, f.Detail))] : null);
        return LedgerBodies.Entry(body, d.Workflow, d.DraftId, d.Thread, d.Ticket, $"draft:{d.DraftId}:{body.OutputHash}");
    }

    /// <summary>The draft-created record followed by one model-call record per call that made the draft.</summary>
    public static IReadOnlyList<LedgerEntry> DraftCreatedWithCalls(NewDraft d) =>
        [DraftCreated(d), .. d.ModelCalls.Select(c => ModelCallEntries.For(c, d.Workflow, d.DraftId, d.Thread, d.Ticket))];

    public static LedgerEntry CheckResult(DraftState s, CheckResult result) => For(s, $"check:{s.DraftId}:{s.Version}", new CheckResultV1(
        s.Version,
        result.IsAccepted ? CheckResultV1.Accepted : CheckResultV1.Rejected,
        [.. result.Findings.Select(f => new CheckFindingV1(f.Rule, f.Line, f.Message))]));

    public static LedgerEntry Override(DraftState s, Person by, string reason) =>
        For(s, $"override:{s.DraftId}:{s.Version}", new CheckOverrideV1(s.Version, by.Id, by.Roles, reason));

    public static LedgerEntry Requested(DraftState s, Person by, WorkflowPolicy w, IReadOnlyList<string> people, bool renewal = false) => For(s,
        renewal ? $"renew:{s.DraftId}:{s.Version}:{s.LastSequence}" : $"submit:{s.DraftId}:{s.Version}",
        new ApprovalRequestedV1(s.Version, renewal ? true : null, by.Id, w.ApproverRoles, people, w.ApprovalsRequired));

    public static LedgerEntry Decision(DraftState s, DecisionRequest r, IReadOnlyList<string> roles, ApprovalStatus status, DateTimeOffset? expiresAt)
    {
        var key = r.DeliveryId is { } delivery ? $"decision:{delivery}" : $"decision:{s.DraftId}:{r.Version}:{r.Approver.Id}:{r.Verdict}:{s.RequestSequence}";
        return For(s, key, new DecisionV1(
            r.Version, r.Approver.Id, roles, r.Verdict.ToString(), r.Reason, status.ToString(), expiresAt is { } e ? LedgerTime.Format(e) : null));
    }

    public static LedgerEntry Expired(DraftState s, DateTimeOffset at) =>
        For(s, $"expired:{s.DraftId}:{s.Version}", new DecisionExpiredV1(s.Version, LedgerTime.Format(at)));

    public static LedgerEntry Switched(string workflow, bool enabled, Person by, string reason, DateTimeOffset at) =>
        LedgerBodies.Entry(new WorkflowSwitchedV1(enabled, by.Id, reason, LedgerTime.Format(at)), workflow, null, null, null, null);

    private static LedgerEntry For<T>(DraftState s, string key, T body)
        where T : LedgerBody, ILedgerBody<T> =>
        LedgerBodies.Entry(body, s.Workflow, s.DraftId, s.Thread, s.Ticket, key);
}
