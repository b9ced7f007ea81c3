using System.Text.Json.Nodes;
using ChatOps.Core.Ledger;
using ChatOps.Core.Policy;

namespace ChatOps.Core.Approvals;

/// <summary>The jobs an approval enqueues with its ledger record: the write-back, and the reminder and expiry of a validity.</summary>
internal static class ApprovalJobs
{
    public static IReadOnlyList<JobRequest> ForApproval(DraftState s, WorkflowPolicy w, IReadOnlyList<RecordedDecision> trail, DateTimeOffset now, DateTimeOffset? expiresAt)
    {
        var jobs = new List<JobRequest>();
        if (w.WriteBack.Kind != WriteBackTarget.None)
        {
            jobs.Add(new JobRequest(JobKinds.WriteBack, s.Workflow, s.DraftId, $"wb:{s.DraftId}:{s.Version}", CanonicalJson.Serialize(WriteBackPayload(s, w, trail)), now));
        }

        if (expiresAt is { } expiry && w.Validity is { } validity)
        {
            var timing = new JsonObject { ["version"] = s.Version, ["owner"] = s.Drafter, ["expires_at"] = LedgerTime.Format(expiry) };
            timing["thread"] = s.Thread;
            jobs.Add(new JobRequest(JobKinds.Reminder, s.Workflow, s.DraftId, $"remind:{s.DraftId}:{s.Version}:{s.RequestSequence}", CanonicalJson.Serialize(timing), expiry - validity.RemindBefore));
            jobs.Add(new JobRequest(JobKinds.Expiry, s.Workflow, s.DraftId, $"expire:{s.DraftId}:{s.Version}:{s.RequestSequence}", CanonicalJson.Serialize(timing), expiry));
        }

        return jobs;
    }

    /// <summary>A nudge to the approvers when the request is still waiting after the policy's <c>remind_after_hours</c>.</summary>
    public static IReadOnlyList<JobRequest> ForRequest(DraftState s, WorkflowPolicy w, long requestKeyHint, DateTimeOffset now) =>
        w.RemindAfter is { } after
            ? [new JobRequest(JobKinds.StaleApproval, s.Workflow, s.DraftId, $"stale:{s.DraftId}:{s.Version}:{requestKeyHint}",
                CanonicalJson.Serialize(new JsonObject { ["version"] = s.Version, ["thread"] = s.Thread, ["waiting_since"] = LedgerTime.Format(now) }), now + after)]
            : [];

    /// <summary>The ticket is told when an approval lapses: a write-back of the lapse, to the workflow's target.</summary>
    public static IReadOnlyList<JobRequest> ForExpiry(DraftState s, WorkflowPolicy w, DateTimeOffset now)
    {
        if (w.WriteBack.Kind == WriteBackTarget.None)
        {
            return [];
        }

        var payload = WriteBackPayload(s, w, []);
        payload["text"] = $"The approval of this text lapsed at {LedgerTime.Format(now)} (validity of the {s.Workflow} policy); it is no longer approved. Renew it in the thread to approve it again.\n\n> " + s.Output.ReplaceLineEndings("\n> ");
        return [new JobRequest(JobKinds.WriteBack, s.Workflow, s.DraftId, $"wb-lapsed:{s.DraftId}:{s.Version}:{s.RequestSequence}", CanonicalJson.Serialize(payload), now)];
    }

    private static JsonObject WriteBackPayload(DraftState s, WorkflowPolicy w, IReadOnlyList<RecordedDecision> trail)
    {
        var settings = new JsonObject();
        foreach (var (key, value) in w.WriteBack.Settings)
        {
            settings[key] = value;
        }

        return new JsonObject
        {
            ["target"] = w.WriteBack.Kind,
            ["settings"] = settings,
            ["draft"] = s.DraftId,
            ["workflow"] = s.Workflow,
            ["thread"] = s.Thread,
            ["ticket"] = s.Ticket,
            ["version"] = s.Version,
            ["text"] = s.Output,
            ["trail"] = new JsonArray(trail.Select(d => (JsonNode)new JsonObject
            {
                ["approver"] = d.Approver, ["at"] = LedgerTime.Format(d.At), ["version"] = d.Version,
            }).ToArray()),
            ["sources"] = new JsonArray(s.Evidence.Select(e => (JsonNode)new JsonObject { ["id"] = e.Id, ["kind"] = e.Kind, ["uri"] = e.Uri }).ToArray()),
        };
    }
}
