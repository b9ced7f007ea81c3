namespace ChatOps.Core.Stats;

/// <summary>
/// The scorecard's read port: figures the store keeps per day, workflow, metric and dimension as records are appended,
/// so a question about a million records reads a few hundred rows, never the ledger.
/// </summary>
public interface IStatsStore
{
    /// <summary>The kept figures matching <paramref name="query"/>, summed per period, workflow, metric and dimension.</summary>
    Task<IReadOnlyList<StatRow>> ReadStatsAsync(StatsQuery query, CancellationToken cancellationToken = default);
}
