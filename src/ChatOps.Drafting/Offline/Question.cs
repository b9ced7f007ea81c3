using ChatOps.Core.Evidence;

namespace ChatOps.Drafting.Offline;

/// <summary>One thing a workflow's draft must answer, with the words that mark a fact answering it.</summary>
internal sealed record Question(string Key, string Unknown, IReadOnlyList<string> Cues)
{
    /// <summary>Source kinds whose facts answer this question best.</summary>
    public IReadOnlyList<SourceKind> Prefers { get; init; } = [];

    /// <summary>How many facts may answer it.</summary>
    public int Max { get; init; } = 1;

    /// <summary>An optional question adds no UNKNOWN line when nothing answers it.</summary>
    public bool Optional { get; init; }

    /// <summary>Facts holding a clock time or date answer it better (a start time, an effective date).</summary>
    public bool PrefersTime { get; init; }

    /// <summary>When no cue matches, the first unused fact of a preferred kind answers it (a ticket states the request).</summary>
    public bool Fallback { get; init; }

    /// <summary>A timeline: every remaining dated fact that a log query, deploy or ticket supports, in time order.</summary>
    public bool Timeline { get; init; }
}
