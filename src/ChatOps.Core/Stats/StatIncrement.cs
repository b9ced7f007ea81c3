namespace ChatOps.Core.Stats;

/// <summary>What one ledger record adds to the kept figures of its day (yyyy-MM-dd, UTC); a count or total may be negative to move a figure.</summary>
public sealed record StatIncrement(string Day, string Workflow, string Metric, string Dimension, long Count, double Total);
