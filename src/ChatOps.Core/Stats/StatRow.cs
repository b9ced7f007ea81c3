namespace ChatOps.Core.Stats;

/// <summary>A kept figure: in a period (its first day, yyyy-MM-dd), for a workflow, how many events and the sum of their values.</summary>
public sealed record StatRow(string Period, string Workflow, string Metric, string Dimension, long Count, double Total);
