using System.Text.Json.Nodes;
using ChatOps.Core.Ledger;

namespace ChatOps.Core.Records;

/// <summary>Everything a target posts: the approved text, the approval trail, the source links and where it goes.</summary>
public sealed record WriteBackRequest(
    string IdempotencyKey,
    string DraftId,
    string Workflow,
    string? Ticket,
    string? Thread,
    string Version,
    string Text,
    IReadOnlyList<TrailEntry> Trail,
    IReadOnlyList<SourceLink> Sources,
    IReadOnlyDictionary<string, string> Settings)
{
    /// <summary>The marker a target stores with the text so a retry can find what it already posted.</summary>
    public string Marker => $"chatops:{IdempotencyKey}";

    public string? Setting(string name) => Settings.TryGetValue(name, out var value) ? value : null;

    /// <summary>Reads the request from a write-back job as the approval flow enqueued it.</summary>
    public static WriteBackRequest FromJob(QueuedJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var p = JsonNode.Parse(job.Payload)!.AsObject();
        string? Str(JsonNode? node, string key) => node?[key]?.GetValue<string>();
        return new WriteBackRequest(
            job.IdempotencyKey,
            Str(p, "draft") ?? job.DraftId ?? string.Empty,
            job.Workflow,
            Str(p, "ticket"),
            Str(p, "thread"),
            Str(p, "version") ?? string.Empty,
            Str(p, "text") ?? string.Empty,
            (p["trail"]?.AsArray() ?? []).Select(t => new TrailEntry(Str(t, "approver")!, Str(t, "at")!, Str(t, "version")!)).ToArray(),
            (p["sources"]?.AsArray() ?? []).Select(s => new SourceLink(Str(s, "id")!, Str(s, "kind")!, Str(s, "uri"))).ToArray(),
            (p["settings"]?.AsObject() ?? []).ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<string>(), StringComparer.Ordinal));
    }

    /// <summary>The target kind named in a write-back job.</summary>
    public static string TargetOf(QueuedJob job) => JsonNode.Parse(job?.Payload ?? "{}")?["target"]?.GetValue<string>() ?? string.Empty;
}
