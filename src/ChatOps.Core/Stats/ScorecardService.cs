namespace ChatOps.Core.Stats;

/// <summary>Reads the scorecard from the store's kept figures: by workflow, by period, and the prompt evals.</summary>
public sealed class ScorecardService(IStatsStore store, IReadOnlyDictionary<string, string?> currentPromptVersions)
{
    public async Task<ScorecardReport> ReadAsync(StatsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var byWorkflow = await store.ReadStatsAsync(query with { Grouping = StatsGrouping.ByWorkflow }, cancellationToken);
        var byPeriod = await store.ReadStatsAsync(query with { Grouping = StatsGrouping.ByPeriod }, cancellationToken);

        // A passing eval of the prompt in use counts however long ago it ran.
        var evals = await store.ReadStatsAsync(new StatsQuery(Workflow: query.Workflow, Metric: StatMetrics.PromptEval), cancellationToken);
        return ScorecardBuilder.Build(query, WithoutEvals(byWorkflow), WithoutEvals(byPeriod), evals, currentPromptVersions);
    }

    private static StatRow[] WithoutEvals(IReadOnlyList<StatRow> rows) => rows.Where(r => r.Metric != StatMetrics.PromptEval).ToArray();
}
