using ChatOps.Core.Jobs;
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

    /// <summary>The request a write-back job carries, addressed by the job's key.</summary>
    public static WriteBackRequest From(QueuedJob job, WriteBackJob payload)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(payload);
        return new WriteBackRequest(
            job.IdempotencyKey,
            payload.Draft ?? job.DraftId ?? string.Empty,
            job.Workflow,
            payload.Ticket,
            payload.Thread,
            payload.Version ?? string.Empty,
            payload.Text ?? string.Empty,
            payload.Trail ?? [],
            payload.Sources ?? [],
            payload.Settings is { } settings ? new Dictionary<string, string>(settings, StringComparer.Ordinal) : new Dictionary<string, string>(StringComparer.Ordinal));
    }
}
