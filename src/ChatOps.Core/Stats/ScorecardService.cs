namespace ChatOps.Core.Stats;

/// <summary>Reads the scorecard from the store's kept figures: one query for the range, one for the prompt evals.</summary>
public sealed class ScorecardService(IStatsStore store, IReadOnlyDictionary<string, string?> currentPromptVersions)
{
    public async Task<ScorecardReport> ReadAsync(StatsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = await store.ReadStatsAsync(query, cancellationToken);

        // A passing eval of the prompt in use counts however long ago it ran.
        var evals = await store.ReadStatsAsync(new StatsQuery(Bucket: query.Bucket, Workflow: query.Workflow, Metric: StatMetrics.PromptEval), cancellationToken);
        return ScorecardBuilder.Build(query, rows.Where(r => r.Metric != StatMetrics.PromptEval).ToArray(), evals, currentPromptVersions);
    }
}
