using ChatOps.Core.Jobs;
using ChatOps.Core.Ledger;
using ChatOps.Core.Policy;
using ChatOps.Core.Records;

namespace ChatOps.Core.Approvals;

/// <summary>The jobs a decision enqueues with its ledger record: its news to the thread, the write-back, and the reminder and expiry of a validity.</summary>
internal static class ApprovalJobs
{
    public static IReadOnlyList<JobRequest> ForApproval(DraftState s, WorkflowPolicy w, IReadOnlyList<RecordedDecision> trail, DateTimeOffset now, DateTimeOffset? expiresAt)
    {
        var jobs = new List<JobRequest>();
        if (w.WriteBack.Kind != WriteBackTarget.None)
        {
            jobs.Add(JobJson.Request(WriteBack(s, w, trail, s.Output), s.Workflow, s.DraftId, $"wb:{s.DraftId}:{s.Version}", now));
        }

        if (expiresAt is { } expiry && w.Validity is { } validity)
        {
            var at = LedgerTime.Format(expiry);
            jobs.Add(JobJson.Request(new ReminderJob(s.Version, s.Drafter, at, s.Thread), s.Workflow, s.DraftId, $"remind:{s.DraftId}:{s.Version}:{s.RequestSequence}", expiry - validity.RemindBefore));
            jobs.Add(JobJson.Request(new ExpiryJob(s.Version, s.Drafter, at, s.Thread), s.Workflow, s.DraftId, $"expire:{s.DraftId}:{s.Version}:{s.RequestSequence}", expiry));
        }

        return jobs;
    }

    /// <summary>
    /// The news of a decision for the channel that asked for it, first among the decision's jobs: the queue runs jobs
    /// due together in the order they were queued, so the thread hears of the decision before its write-back.
    /// </summary>
    public static IReadOnlyList<JobRequest> ForDecisionNotice(DraftState s, DecisionRequest r, string message, DateTimeOffset now) =>
        r.Notice is { } notice
            ? [JobJson.Request(new DecisionNoticeJob(notice.To, s.DraftId, message, notice.ThreadKey), string.Empty, null, notice.Key, now)]
            : [];

    /// <summary>A nudge to the approvers when the request is still waiting after the policy's <c>remind_after_hours</c>.</summary>
    public static IReadOnlyList<JobRequest> ForRequest(DraftState s, WorkflowPolicy w, long requestKeyHint, DateTimeOffset now) =>
        w.RemindAfter is { } after
            ? [JobJson.Request(new StaleApprovalJob(s.Version, s.Thread, LedgerTime.Format(now)), s.Workflow, s.DraftId, $"stale:{s.DraftId}:{s.Version}:{requestKeyHint}", now + after)]
            : [];

    /// <summary>The ticket is told when an approval lapses: a write-back of the lapse, to the workflow's target.</summary>
    public static IReadOnlyList<JobRequest> ForExpiry(DraftState s, WorkflowPolicy w, DateTimeOffset now)
    {
        if (w.WriteBack.Kind == WriteBackTarget.None)
        {
            return [];
        }

        var text = $"The approval of this text lapsed at {LedgerTime.Format(now)} (validity of the {s.Workflow} policy); it is no longer approved. Renew it in the thread to approve it again.\n\n> " + s.Output.ReplaceLineEndings("\n> ");
        return [JobJson.Request(WriteBack(s, w, [], text), s.Workflow, s.DraftId, $"wb-lapsed:{s.DraftId}:{s.Version}:{s.RequestSequence}", now)];
    }

    private static WriteBackJob WriteBack(DraftState s, WorkflowPolicy w, IReadOnlyList<RecordedDecision> trail, string text) => new(
        w.WriteBack.Kind,
        new Dictionary<string, string>(w.WriteBack.Settings, StringComparer.Ordinal),
        s.DraftId,
        s.Workflow,
        s.Thread,
        s.Ticket,
        s.Version,
        text,
        [.. trail.Select(d => new TrailEntry(d.Approver, LedgerTime.Format(d.At), d.Version))],
        [.. s.Evidence.Select(e => new SourceLink(e.Id, e.Kind, e.Uri))]);
}
