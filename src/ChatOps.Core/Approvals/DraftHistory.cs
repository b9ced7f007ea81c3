using System.Text.Json.Nodes;
using ChatOps.Core.Ledger;

namespace ChatOps.Core.Approvals;

/// <summary>Folds a draft's ledger records, in order, into its current state.</summary>
public static class DraftHistory
{
    public static DraftState? Fold(IEnumerable<LedgerRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        DraftState? state = null;
        foreach (var record in records)
        {
            if (record.Payload is null)
            {
                continue;
            }

            var p = JsonNode.Parse(record.Payload)!.AsObject();
            state = Apply(state, record, p);
            if (state is not null)
            {
                state = state with { LastSequence = record.Sequence };
            }
        }

        return state;
    }

    /// <summary>The state right after the last version whose content hash is <paramref name="version"/> was recorded; null when there is none.</summary>
    public static DraftState? FoldTo(IReadOnlyList<LedgerRecord> records, string version)
    {
        ArgumentNullException.ThrowIfNull(records);
        for (var i = records.Count - 1; i >= 0; i--)
        {
            if (records[i].Kind == LedgerRecordKinds.DraftCreated && records[i].Payload is { } payload
                && JsonNode.Parse(payload)?["output_hash"]?.GetValue<string>() == version)
            {
                return Fold(records.Take(i + 1));
            }
        }

        return null;
    }

    private static DraftState? Apply(DraftState? state, LedgerRecord record, JsonObject p)
    {
        if (record.Kind == LedgerRecordKinds.DraftCreated)
        {
            var evidence = (p["evidence"]?.AsArray() ?? []).Select(e => new EvidenceReference(
                Str(e, "id"), Str(e, "kind"), Str(e, "content_hash"), e?["uri"]?.GetValue<string>())).ToArray();
            return new DraftState
            {
                DraftId = record.DraftId!,
                Workflow = record.Workflow,
                Drafter = Str(p, "drafter"),
                Thread = record.Thread ?? string.Empty,
                Ticket = record.Ticket,
                Version = Str(p, "output_hash"),
                Output = Str(p, "output"),
                Evidence = evidence,
                EvidenceKinds = evidence.Select(e => e.Kind).Distinct(StringComparer.Ordinal).ToArray(),
                Decisions = state?.Decisions ?? [],
                Flags = (p["flags"]?.AsArray() ?? []).Select(f => new Drafting.DraftFlag(
                    Str(f, "kind"), f?["source"]?.GetValue<string>(), Str(f, "detail"), f?["phrase"]?.GetValue<string>())).ToArray(),
            };
        }

        if (state is null || (p["version"]?.GetValue<string>() is { } version && version != state.Version))
        {
            return state;
        }

        return record.Kind switch
        {
            LedgerRecordKinds.CheckResult => state with { Status = ApprovalStatus.Checked, CheckAccepted = Str(p, "verdict") == "accepted" },
            LedgerRecordKinds.CheckOverride => state with { FindingsOverridden = true },
            LedgerRecordKinds.ApprovalRequested => state with { Status = ApprovalStatus.PendingApproval, RequestSequence = record.Sequence },
            LedgerRecordKinds.Decision => ApplyDecision(state, record, p),
            LedgerRecordKinds.DecisionExpired => state with { Status = ApprovalStatus.Expired },
            _ => state,
        };
    }

    private static DraftState ApplyDecision(DraftState state, LedgerRecord record, JsonObject p)
    {
        var decision = new RecordedDecision(
            Str(p, "by"),
            (p["roles"]?.AsArray() ?? []).Select(r => r!.GetValue<string>()).ToArray(),
            Enum.Parse<DecisionVerdict>(Str(p, "verdict")),
            Str(p, "version"),
            record.Timestamp,
            p["reason"]?.GetValue<string>(),
            record.Sequence);
        var status = Str(p, "status");
        return state with
        {
            Decisions = [.. state.Decisions, decision],
            Status = Enum.Parse<ApprovalStatus>(status),
            ExpiresAt = p["expires_at"]?.GetValue<string>() is { } expires ? LedgerTime.Parse(expires) : state.ExpiresAt,
        };
    }

    private static string Str(JsonNode? node, string key) => node?[key]?.GetValue<string>() ?? string.Empty;
}
