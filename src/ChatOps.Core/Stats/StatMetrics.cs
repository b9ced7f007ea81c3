namespace ChatOps.Core.Stats;

/// <summary>The metrics the store keeps, and what their dimension and total mean.</summary>
public static class StatMetrics
{
    /// <summary>A new draft (its first version); dimension empty.</summary>
    public const string Drafts = "drafts";

    /// <summary>A draft's first check; dimension <c>accepted</c> or <c>rejected</c>.</summary>
    public const string FirstCheck = "first-check";

    /// <summary>Every check of every version; dimension <c>accepted</c> or <c>rejected</c>.</summary>
    public const string Checks = "checks";

    /// <summary>A rejected check broke this rule (once per check); dimension the rule.</summary>
    public const string RejectionRule = "rejection-rule";

    /// <summary>A decision after its request; dimension the latency bucket (<see cref="LatencyHistogram"/>), total the seconds.</summary>
    public const string ReviewLatency = "review-latency";

    /// <summary>A decision; dimension the verdict (<c>Approve</c>, <c>Reject</c>, <c>RequestChanges</c>).</summary>
    public const string Decisions = "decisions";

    /// <summary>A write-back outcome; dimension <c>done</c>, <c>failed</c> or <c>retrying</c>.</summary>
    public const string WriteBacks = "write-backs";

    /// <summary>Model spend; dimension the endpoint, count the calls, total the cost.</summary>
    public const string Cost = "cost";

    /// <summary>Input tokens; dimension the endpoint, total the tokens.</summary>
    public const string InputTokens = "input-tokens";

    /// <summary>Output tokens; dimension the endpoint, total the tokens.</summary>
    public const string OutputTokens = "output-tokens";

    /// <summary>A prompt eval run; dimension the prompt version, count the passing runs, total the runs.</summary>
    public const string PromptEval = "prompt-eval";
}
