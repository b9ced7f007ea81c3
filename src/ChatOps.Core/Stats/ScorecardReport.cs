namespace ChatOps.Core.Stats;

/// <summary>The scorecard: figures over the whole range, per workflow, per period, spend per endpoint and eval coverage.</summary>
public sealed record ScorecardReport(
    string? Since,
    StatsBucket Bucket,
    string? Workflow,
    ScorecardFigures Totals,
    IReadOnlyList<WorkflowFigures> Workflows,
    IReadOnlyList<PeriodFigures> Series,
    IReadOnlyList<SpendLine> Spend,
    EvalCoverage EvalCoverage);

/// <summary>One workflow's figures.</summary>
public sealed record WorkflowFigures(string Workflow, ScorecardFigures Figures);

/// <summary>One period's figures (the period named by its first day).</summary>
public sealed record PeriodFigures(string Period, ScorecardFigures Figures);

/// <summary>Model spend of a workflow at an endpoint.</summary>
public sealed record SpendLine(string Workflow, string Endpoint, long Calls, decimal Cost, long InputTokens, long OutputTokens);

/// <summary>A review latency both as seconds (for charts) and as a person reads it.</summary>
public sealed record Latency(double Seconds, string Text)
{
    public static Latency? Of(TimeSpan? span) => span is { } s ? new Latency(Math.Round(s.TotalSeconds, 3), Durations.Humanise(s)) : null;
}

/// <summary>The figures of one slice of the ledger.</summary>
public sealed record ScorecardFigures
{
    public long Drafts { get; init; }

    /// <summary>Drafts whose first check accepted them.</summary>
    public long FirstPassAccepted { get; init; }

    /// <summary>Drafts whose first check rejected them.</summary>
    public long FirstPassRejected { get; init; }

    /// <summary>First-pass acceptance: accepted first checks over all first checks; null with none.</summary>
    public double? FirstPassRate { get; init; }

    public long Checks { get; init; }

    public long RejectedChecks { get; init; }

    /// <summary>Rejected checks per rule broken (a check that broke two rules counts under both).</summary>
    public IReadOnlyDictionary<string, long> RejectionsByRule { get; init; } = new Dictionary<string, long>();

    public long Reviews { get; init; }

    public Latency? ReviewLatencyMedian { get; init; }

    public Latency? ReviewLatencyP90 { get; init; }

    public long Approved { get; init; }

    public long Rejected { get; init; }

    public long ChangesRequested { get; init; }

    public long WriteBacksDone { get; init; }

    public long WriteBacksFailed { get; init; }

    public long WriteBacksRetrying { get; init; }

    public decimal Cost { get; init; }

    public long InputTokens { get; init; }

    public long OutputTokens { get; init; }
}

/// <summary>The share of workflows whose current prompt version has a passing eval run.</summary>
public sealed record EvalCoverage(int Covered, int Workflows, double? Share, IReadOnlyList<WorkflowEval> PerWorkflow);

/// <summary>Whether a workflow's current prompt version has a passing eval run, and how many runs it has.</summary>
public sealed record WorkflowEval(string Workflow, string? PromptVersion, bool Passing, long PassingRuns, long Runs);
