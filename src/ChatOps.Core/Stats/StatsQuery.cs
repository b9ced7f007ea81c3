namespace ChatOps.Core.Stats;

/// <summary>Which figures to read: from a day on (UTC, inclusive; null for all), grouped by day or week, optionally one workflow or metric.</summary>
public sealed record StatsQuery(DateOnly? Since = null, StatsBucket Bucket = StatsBucket.Day, string? Workflow = null, string? Metric = null);
