using System.Text.Json.Nodes;
using ChatOps.Core.Ledger;

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
        var p = r.Payload is null ? null : JsonNode.Parse(r.Payload) as JsonObject;
        var recompute = LedgerHashes.Record(r) == r.Hash && (r.Payload is null || LedgerHashes.Content(r.Payload) == r.ContentHash);
        var verified = chain is { Problem: null } && r.Sequence <= chain.RecordsChecked;
        var by = Text(p?["by"]) ?? Text(p?["drafter"]);
        return new TrailStep(r.Sequence, r.At, r.Kind, StageOf(r.Kind), by, p is null ? "content redacted by retention" : Describe(r.Kind, p), r.IsRedacted,
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

    private static string Describe(string kind, JsonObject p) => kind switch
    {
        LedgerRecordKinds.DraftCreated => Text(p["model_id"]) == "human"
            ? $"version {Short(p["output_hash"])} written by {Text(p["drafter"])}"
            : $"version {Short(p["output_hash"])} drafted for {Text(p["drafter"])} by {Text(p["model_id"])} ({Text(p["model_settings"]?["model"])}), prompt {Short(p["prompt_version_hash"])}",
        LedgerRecordKinds.ModelCall => $"{Text(p["purpose"])} at {Text(p["endpoint"])}: {Text(p["outcome"])}, {Text(p["input_tokens"])}+{Text(p["output_tokens"])} tokens, cost {Text(p["cost"])}",
        LedgerRecordKinds.CheckResult => Text(p["verdict"]) == "accepted"
            ? $"version {Short(p["version"])} accepted by the checker"
            : $"version {Short(p["version"])} rejected: {string.Join(", ", (p["findings"] as JsonArray ?? []).Select(f => Text(f?["rule"])).Distinct())}",
        LedgerRecordKinds.CheckOverride => $"checker overridden by {Text(p["by"])}: {Text(p["reason"])}",
        LedgerRecordKinds.ApprovalRequested => $"submitted by {Text(p["by"])} to {string.Join(", ", (p["to_people"] as JsonArray ?? []).Select(Text))}",
        LedgerRecordKinds.Decision => $"{Verdict(Text(p["verdict"]))} by {Text(p["by"])} ({string.Join(", ", (p["roles"] as JsonArray ?? []).Select(Text))})"
            + (string.IsNullOrEmpty(Text(p["reason"])) ? string.Empty : $": {Text(p["reason"])}"),
        LedgerRecordKinds.DecisionExpired => "the decision expired",
        LedgerRecordKinds.ReminderSent => "reminder sent to the approvers",
        _ when kind.StartsWith(LedgerRecordKinds.WriteBack, StringComparison.Ordinal) =>
            $"{Text(p["outcome"]) ?? kind} to {Text(p["target"])}" + (Text(p["external_id"]) is { } id ? $" ({id})" : string.Empty)
            + (Text(p["reason"]) is { } reason ? $": {reason}" : string.Empty)
            + (Text(p["attempts"]) is { } attempts ? $", attempt {attempts}" : string.Empty),
        _ => kind,
    };

    private static string Verdict(string? verdict) => verdict switch
    {
        "Approve" => "approved",
        "Reject" => "rejected",
        "RequestChanges" => "changes requested",
        _ => verdict ?? "decided",
    };

    private static string? Text(JsonNode? node) => node is null ? null : node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node.ToJsonString();

    private static string Short(JsonNode? node) => Text(node) is { } s ? (s.StartsWith("sha256:", StringComparison.Ordinal) ? s[7..] : s) is var h && h.Length > 12 ? h[..12] : h : "?";
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
