using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ChatOps.Core.Checking;
using ChatOps.Core.Drafting;
using ChatOps.Core.Ledger;
using ChatOps.Core.Policy;

namespace ChatOps.Core.Approvals;

/// <summary>Builds the ledger entries the approval flow records, so every record of a kind has one shape.</summary>
internal static class ApprovalEntries
{
    public static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static LedgerEntry DraftCreated(NewDraft d)
    {
        var settings = new JsonObject();
        foreach (var (key, value) in d.ModelSettings)
        {
            settings[key] = value;
        }

        var evidence = new JsonArray(d.Evidence.Select(e => (JsonNode)new JsonObject
        {
            ["id"] = e.Id, ["kind"] = e.Kind, ["content_hash"] = e.ContentHash, ["uri"] = e.Uri,
        }).ToArray());
        var payload = new JsonObject
        {
            ["drafter"] = d.Drafter.Id,
            ["request"] = d.Request,
            ["prompt_id"] = d.PromptId,
            ["prompt_version_hash"] = d.PromptVersionHash,
            ["model_id"] = d.ModelId,
            ["model_settings"] = settings,
            ["evidence"] = evidence,
            ["output"] = d.Output,
            ["output_hash"] = HashOf(d.Output),
        };
        if (d.Flags.Count > 0)
        {
            payload["flags"] = new JsonArray(d.Flags.Select(f => (JsonNode)new JsonObject
            {
                ["kind"] = f.Kind, ["source"] = f.SourceId, ["phrase"] = f.Phrase, ["detail"] = f.Detail,
            }).ToArray());
        }

        return new LedgerEntry(LedgerRecordKinds.DraftCreated, d.Workflow, d.DraftId, d.Thread, d.Ticket, $"draft:{d.DraftId}:{HashOf(d.Output)}", payload);
    }

    /// <summary>The draft-created record followed by one model-call record per call that made the draft.</summary>
    public static IReadOnlyList<LedgerEntry> DraftCreatedWithCalls(NewDraft d) =>
        [DraftCreated(d), .. d.ModelCalls.Select(c => ModelCallEntries.For(c, d.Workflow, d.DraftId, d.Thread, d.Ticket))];

    public static LedgerEntry CheckResult(DraftState s, CheckResult result) => For(s, LedgerRecordKinds.CheckResult, $"check:{s.DraftId}:{s.Version}", new JsonObject
    {
        ["version"] = s.Version,
        ["verdict"] = result.IsAccepted ? "accepted" : "rejected",
        ["findings"] = new JsonArray(result.Findings.Select(f => (JsonNode)new JsonObject { ["rule"] = f.Rule, ["line"] = f.Line, ["message"] = f.Message }).ToArray()),
    });

    public static LedgerEntry Override(DraftState s, Person by, string reason) => For(s, LedgerRecordKinds.CheckOverride, $"override:{s.DraftId}:{s.Version}", new JsonObject
    {
        ["version"] = s.Version, ["by"] = by.Id, ["roles"] = Roles(by), ["reason"] = reason,
    });

    public static LedgerEntry Requested(DraftState s, Person by, WorkflowPolicy w, IReadOnlyList<string> people, bool renewal = false) => For(s, LedgerRecordKinds.ApprovalRequested,
        renewal ? $"renew:{s.DraftId}:{s.Version}:{s.LastSequence}" : $"submit:{s.DraftId}:{s.Version}", new JsonObject
    {
        ["version"] = s.Version,
        ["renewal"] = renewal ? true : null,
        ["by"] = by.Id,
        ["to_roles"] = new JsonArray(w.ApproverRoles.Select(r => (JsonNode)r).ToArray()),
        ["to_people"] = new JsonArray(people.Select(p => (JsonNode)p).ToArray()),
        ["approvals_required"] = w.ApprovalsRequired,
    });

    public static LedgerEntry Decision(DraftState s, DecisionRequest r, IReadOnlyList<string> roles, ApprovalStatus status, DateTimeOffset? expiresAt)
    {
        var key = r.DeliveryId is { } delivery ? $"decision:{delivery}" : $"decision:{s.DraftId}:{r.Version}:{r.Approver.Id}:{r.Verdict}:{s.RequestSequence}";
        return For(s, LedgerRecordKinds.Decision, key, new JsonObject
        {
            ["version"] = r.Version,
            ["by"] = r.Approver.Id,
            ["roles"] = new JsonArray(roles.Select(x => (JsonNode)x).ToArray()),
            ["verdict"] = r.Verdict.ToString(),
            ["reason"] = r.Reason,
            ["status"] = status.ToString(),
            ["expires_at"] = expiresAt is { } e ? LedgerTime.Format(e) : null,
        });
    }

    public static LedgerEntry Expired(DraftState s, DateTimeOffset at) => For(s, LedgerRecordKinds.DecisionExpired, $"expired:{s.DraftId}:{s.Version}", new JsonObject
    {
        ["version"] = s.Version, ["expired_at"] = LedgerTime.Format(at),
    });

    public static LedgerEntry Switched(string workflow, bool enabled, Person by, string reason, DateTimeOffset at) => new(
        LedgerRecordKinds.WorkflowSwitched, workflow, null, null, null, null, new JsonObject
        {
            ["enabled"] = enabled, ["by"] = by.Id, ["reason"] = reason, ["at"] = LedgerTime.Format(at),
        });

    private static LedgerEntry For(DraftState s, string kind, string key, JsonObject payload) =>
        new(kind, s.Workflow, s.DraftId, s.Thread, s.Ticket, key, payload);

    private static JsonArray Roles(Person p) => new(p.Roles.Select(r => (JsonNode)r).ToArray());
}
