using ChatOps.Core.Drafting;
using ChatOps.Core.Ledger;
using ChatOps.Core.Ledger.Records;

namespace ChatOps.Core.Approvals;

/// <summary>Folds a draft's ledger records, in order, into its current state.</summary>
public static class DraftHistory
{
    public static DraftState? Fold(IEnumerable<LedgerRecord> records) => FoldOnto(null, records);

    /// <summary>The state after <paramref name="records"/>, which follow the ones <paramref name="state"/> was folded from.</summary>
    public static DraftState? FoldOnto(DraftState? state, IEnumerable<LedgerRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var record in records)
        {
            if (record.Payload is null)
            {
                continue;
            }

            state = Apply(state, record);
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
            if (records[i].Kind == LedgerRecordKinds.DraftCreated && LedgerBodies.Read<DraftCreatedV1>(records[i])?.OutputHash == version)
            {
                return Fold(records.Take(i + 1));
            }
        }

        return null;
    }

    private static DraftState? Apply(DraftState? state, LedgerRecord record)
    {
        if (record.Kind == LedgerRecordKinds.DraftCreated)
        {
            return LedgerBodies.Read<DraftCreatedV1>(record) is { } created ? Created(state, record, created) : state;
        }

        if (state is null)
        {
            return state;
        }

        return record.Kind switch
        {
            LedgerRecordKinds.CheckResult when LedgerBodies.Read<CheckResultV1>(record) is { } check && Current(state, check.Version) =>
                state with { Status = ApprovalStatus.Checked, CheckAccepted = check.IsAccepted },
            LedgerRecordKinds.CheckOverride when LedgerBodies.Read<CheckOverrideV1>(record) is { } o && Current(state, o.Version) => state with { FindingsOverridden = true },
            LedgerRecordKinds.ApprovalRequested when LedgerBodies.Read<ApprovalRequestedV1>(record) is { } r && Current(state, r.Version) =>
                state with { Status = ApprovalStatus.PendingApproval, RequestSequence = record.Sequence },
            LedgerRecordKinds.Decision when LedgerBodies.Read<DecisionV1>(record) is { } d && Current(state, d.Version) => Decided(state, record, d),
            LedgerRecordKinds.DecisionExpired when LedgerBodies.Read<DecisionExpiredV1>(record) is { } e && Current(state, e.Version) => state with { Status = ApprovalStatus.Expired },
            _ => state,
        };
    }

    /// <summary>A record about a version applies to the current one; a record that names none applies too.</summary>
    private static bool Current(DraftState state, string? version) => version is null || version == state.Version;

    private static DraftState Created(DraftState? state, LedgerRecord record, DraftCreatedV1 p)
    {
        var evidence = (p.Evidence ?? []).Select(e => new EvidenceReference(e.Id ?? string.Empty, e.Kind ?? string.Empty, e.ContentHash ?? string.Empty, e.Uri)).ToArray();
        return new DraftState
        {
            DraftId = record.DraftId!,
            Workflow = record.Workflow,
            Drafter = p.Drafter ?? string.Empty,
            Thread = record.Thread ?? string.Empty,
            Ticket = record.Ticket,
            Version = p.OutputHash ?? string.Empty,
            Output = p.Output ?? string.Empty,
            Evidence = evidence,
            EvidenceKinds = evidence.Select(e => e.Kind).Distinct(StringComparer.Ordinal).ToArray(),
            Decisions = state?.Decisions ?? [],
            Flags = (p.Flags ?? []).Select(f => new DraftFlag(f.Kind ?? string.Empty, f.SourceId, f.Detail ?? string.Empty, f.Phrase)).ToArray(),
        };
    }

    private static DraftState Decided(DraftState state, LedgerRecord record, DecisionV1 p)
    {
        var decision = new RecordedDecision(
            p.By ?? string.Empty,
            p.Roles ?? [],
            Enum.Parse<DecisionVerdict>(p.Verdict ?? string.Empty),
            p.Version ?? string.Empty,
            record.Timestamp,
            p.Reason,
            record.Sequence);
        return state with
        {
            Decisions = [.. state.Decisions, decision],
            Status = Enum.Parse<ApprovalStatus>(p.Status ?? string.Empty),
            ExpiresAt = p.ExpiresAt is { } expires ? LedgerTime.Parse(expires) : state.ExpiresAt,
        };
    }
}
