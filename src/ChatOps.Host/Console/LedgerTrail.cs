using ChatOps.Core.Ledger;
using ChatOps.Core.Ledger.Records;

namespace ChatOps.Host.Console;

/// <summary>A draft's trail as the ledger browser shows it: each record's stage, who, what, and its hashes, rechecked.</summary>
public sealed record LedgerTrail(string DraftId, string? Workflow, string? Thread, string? Ticket, ChainCheck? Chain, IReadOnlyList<TrailStep> Steps)
{
    public static LedgerTrail Of(string draftId, IReadOnlyList<LedgerRecord> records, ChainCheck? chain)
    {
        ArgumentNullException.ThrowIfNull(records);
        var first = records.Count > 0 ? records[0] : null;
        return new LedgerTrail(draftId, first?.Workflow, first?.Thread, first?.Ticket, chain, records.Select(r => TrailStep.Of(r, chain)).ToArray());
    }
}

/// <summary>
/// One record of a trail. <see cref="HashesRecompute"/>: its content and record hashes recompute from what is stored;
/// <see cref="Verified"/>: the last chain verification covered it and found the chain intact.
/// </summary>
public sealed record TrailStep(
    long Sequence, string At, string Kind, string Stage, string? By, string Summary, bool Redacted,
    string ContentHash, string PreviousHash, string Hash, bool HashesRecompute, bool Verified)
{
    public static TrailStep Of(LedgerRecord r, ChainCheck? chain)
    {
        ArgumentNullException.ThrowIfNull(r);
        var recompute = ChainVerifier.IsSelfConsistent(r);
        var verified = chain is { Problem: null } && r.Sequence <= chain.RecordsChecked;
        return new TrailStep(r.Sequence, r.At, r.Kind, StageOf(r.Kind), RecordFacts.Of(r).By, r.IsRedacted ? "content redacted by retention" : Describe(r), r.IsRedacted,
            r.ContentHash, r.PreviousHash, r.Hash, recompute, verified);
    }

    /// <summary>draft → check → approval → write-back, the order a person reads a decision in.</summary>
    public static string StageOf(string kind) => kind switch
    {
        LedgerRecordKinds.DraftCreated or LedgerRecordKinds.ModelCall => "draft",
        LedgerRecordKinds.CheckResult or LedgerRecordKinds.CheckOverride => "check",
        LedgerRecordKinds.ApprovalRequested or LedgerRecordKinds.Decision or LedgerRecordKinds.DecisionExpired or LedgerRecordKinds.ReminderSent => "approval",
        _ when kind.StartsWith(LedgerRecordKinds.WriteBack, StringComparison.Ordinal) => "write-back",
        _ => "other",
    };

    private static string Describe(LedgerRecord r) => r.Kind switch
    {
        LedgerRecordKinds.DraftCreated when LedgerBodies.Read<DraftCreatedV1>(r) is { } p => p.ModelId == "human"
            ? $"version {Short(p.OutputHash)} written by {p.Drafter}"
            : $"version {Short(p.OutputHash)} drafted for {p.Drafter} by {p.ModelId} ({p.ModelSettings?.GetValueOrDefault("model")}), prompt {Short(p.PromptVersionHash)}",
        LedgerRecordKinds.ModelCall when LedgerBodies.Read<ModelCallV1>(r) is { } p =>
            FormattableString.Invariant($"{p.Purpose} at {p.Endpoint}: {p.Outcome}, {p.InputTokens}+{p.OutputTokens} tokens, cost {p.Cost}"),
        LedgerRecordKinds.CheckResult when LedgerBodies.Read<CheckResultV1>(r) is { } p => p.IsAccepted
            ? $"version {Short(p.Version)} accepted by the checker"
            : $"version {Short(p.Version)} rejected: {string.Join(", ", (p.Findings ?? []).Select(f => f.Rule).Distinct())}",
        LedgerRecordKinds.CheckOverride when LedgerBodies.Read<CheckOverrideV1>(r) is { } p => $"checker overridden by {p.By}: {p.Reason}",
        LedgerRecordKinds.ApprovalRequested when LedgerBodies.Read<ApprovalRequestedV1>(r) is { } p => $"submitted by {p.By} to {string.Join(", ", p.ToPeople ?? [])}",
        LedgerRecordKinds.Decision when LedgerBodies.Read<DecisionV1>(r) is { } p => $"{Verdict(p.Verdict)} by {p.By} ({string.Join(", ", p.Roles ?? [])})"
            + (string.IsNullOrEmpty(p.Reason) ? string.Empty : $": {p.Reason}"),
        LedgerRecordKinds.DecisionExpired => "the decision expired",
        LedgerRecordKinds.ReminderSent => "reminder sent to the approvers",
        LedgerRecordKinds.WriteBackRetried when LedgerBodies.Read<WriteBackRetriedV1>(r) is { } p => WriteBack(r.Kind, null, null, p.Reason, null),
        _ when r.Kind.StartsWith(LedgerRecordKinds.WriteBack, StringComparison.Ordinal) && LedgerBodies.Read<WriteBackV1>(r) is { } p =>
            WriteBack(p.Outcome ?? r.Kind, p.Target, p.ExternalId, p.Reason, p.Attempts),
        _ => r.Kind,
    };

    private static string Verdict(string? verdict) => verdict switch
    {
        "Approve" => "approved",
        "Reject" => "rejected",
        "RequestChanges" => "changes requested",
        _ => verdict ?? "decided",
    };

    private static string WriteBack(string outcome, string? target, string? externalId, string? reason, int? attempts) =>
        $"{outcome} to {target}" + (externalId is { } id ? $" ({id})" : string.Empty) + (reason is not null ? $": {reason}" : string.Empty)
        + (attempts is { } attempt ? FormattableString.Invariant($", attempt {attempt}") : string.Empty);

    private static string Short(string? text) => text is { } s ? (s.StartsWith("sha256:", StringComparison.Ordinal) ? s[7..] : s) is var h && h.Length > 12 ? h[..12] : h : "?";
}

/// <summary>A record as a search result line.</summary>
public sealed record LedgerHit(long Sequence, string At, string Kind, string Stage, string Workflow, string? DraftId, string? Thread, string? Ticket, string? By, string Hash)
{
    public static LedgerHit Of(LedgerRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var actors = LedgerActors.Of(r);
        var by = actors.Count > 0 ? actors[0] : null;
        return new LedgerHit(r.Sequence, r.At, r.Kind, TrailStep.StageOf(r.Kind), r.Workflow, r.DraftId, r.Thread, r.Ticket, by, r.Hash);
    }
}
