using ChatOps.Core.Ledger;
using ChatOps.Core.Records;

namespace ChatOps.Core.Jobs;

/// <summary>Approved (or lapsed) text to write back to the workflow's system of record, with its trail and sources.</summary>
public sealed record WriteBackJob(
    string Target,
    IReadOnlyDictionary<string, string>? Settings,
    string? Draft,
    string? Workflow,
    string? Thread,
    string? Ticket,
    string? Version,
    string? Text,
    IReadOnlyList<TrailEntry>? Trail,
    IReadOnlyList<SourceLink>? Sources) : JobPayload
{
    protected override string KindName => JobKinds.WriteBack;
}
