using ChatOps.Core.Stats;
using ChatOps.Core.Workflows;

namespace ChatOps.Host.Console;

/// <summary>The scorecard API: figures the ledger database keeps on append, summed for a period, workflow and bucket.</summary>
internal static class ConsoleStatsEndpoints
{
    public static RouteGroupBuilder MapConsoleStats(this RouteGroupBuilder api)
    {
        api.MapGet("/stats", async (string? since, string? bucket, string? workflow, ScorecardService scorecard, TimeProvider time, CancellationToken ct) =>
        {
            if (!StatsSince.TryParse(since, time.GetUtcNow(), out var from, out var error))
            {
                return Results.Problem(error, statusCode: 400);
            }

            if (bucket is not (null or "day" or "week"))
            {
                return Results.Problem($"\"{bucket}\" is not a bucket; use day or week.", statusCode: 400);
            }

            if (workflow is { Length: > 0 } && !WorkflowNames.IsKnown(workflow))
            {
                return Results.Problem($"\"{workflow}\" is not a workflow; use one of: {string.Join(", ", WorkflowNames.All)}.", statusCode: 400);
            }

            var query = new StatsQuery(from, bucket == "week" ? StatsBucket.Week : StatsBucket.Day, workflow is { Length: > 0 } ? workflow : null);
            return Results.Ok(await scorecard.ReadAsync(query, ct));
        });
        return api;
    }
}
