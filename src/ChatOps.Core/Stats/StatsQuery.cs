namespace ChatOps.Core.Stats;

/// <summary>
/// Which figures to read: from a day on (UTC, inclusive; null for all), optionally one workflow or metric, summed by
/// period (day or week, across workflows) or by workflow (across the whole range).
/// </summary>
public sealed record StatsQuery(DateOnly? Since = null, StatsBucket Bucket = StatsBucket.Day, string? Workflow = null, string? Metric = null)
{
    /// <summary>What the store sums over: the periods (rows carry an empty workflow) or the workflows (rows carry an empty period).</summary>
    public StatsGrouping Grouping { get; init; } = StatsGrouping.ByWorkflow;
}

/// <summary>How kept figures are summed when read.</summary>
public enum StatsGrouping
{
    /// <summary>One row per workflow, metric and dimension over the whole range.</summary>
    ByWorkflow,

    /// <summary>One row per period, metric and dimension, all (or the one asked for) workflows together.</summary>
    ByPeriod,
}
