using System.CommandLine;
using ChatOps.Cli.Input;
using ChatOps.Cli.Output;
using ChatOps.Core.Stats;
using ChatOps.Core.Workflows;
using ChatOps.Drafting;
using ChatOps.Drafting.Prompts;

namespace ChatOps.Cli.Commands;

/// <summary><c>chatops stats [--since 7d] [--bucket day|week] [--workflow NAME] [--format text|json]</c>: the scorecard from the ledger's kept figures.</summary>
internal static class StatsCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var since = new Option<string?>("--since") { Description = "From when: days or weeks back (7d, 4w), a date (2026-01-05), or all (the default). Days are UTC." };
        var bucket = new Option<string>("--bucket") { Description = "Group over time by day or week.", DefaultValueFactory = _ => "day" };
        var workflow = new Option<string?>("--workflow") { Description = $"Only this workflow: {string.Join(", ", WorkflowNames.All)}." };
        var prompts = new Option<string?>("--prompts") { Description = "The prompts directory whose versions eval coverage is judged against (default: the shipped prompts)." };
        var ledger = LedgerConnection.Option();
        var format = CommonOptions.Format();
        var command = new Command("stats", "Show the scorecard: drafts, first-pass acceptance, rejections by rule, review latency, decisions, write-backs, cost and eval coverage.")
        {
            since, bucket, workflow, prompts, ledger, format,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, parseResult.GetValue(since), parseResult.GetValue(bucket), parseResult.GetValue(workflow),
            parseResult.GetValue(prompts), parseResult.GetValue(ledger)!, parseResult.GetValue(format), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string? sinceText, string? bucketText, string? workflow, string? prompts, string connection, string? formatName, CancellationToken cancellationToken)
    {
        var format = OutputFormats.Parse(formatName);
        if (!StatsSince.TryParse(sinceText, TimeProvider.System.GetUtcNow(), out var since, out var error))
        {
            throw new CliInputException($"--since {error}");
        }

        var bucket = bucketText switch
        {
            null or "day" => StatsBucket.Day,
            "week" => StatsBucket.Week,
            _ => throw new CliInputException($"--bucket \"{bucketText}\" is not a bucket; use day or week."),
        };
        if (workflow is not null && !WorkflowNames.IsKnown(workflow))
        {
            throw new CliInputException($"--workflow \"{workflow}\" is not a workflow; use one of: {string.Join(", ", WorkflowNames.All)}.");
        }

        var promptsDirectory = prompts ?? new DraftingOptions().PromptsDirectory;
        if (prompts is not null && !Directory.Exists(prompts))
        {
            throw new CliInputException($"--prompts \"{prompts}\": no such directory; give the folder that holds one sub-folder per workflow.");
        }

        var store = await LedgerConnection.OpenAsync(connection, cancellationToken);
        try
        {
            var report = await new ScorecardService(store, PromptVersions.Read(promptsDirectory)).ReadAsync(new StatsQuery(since, bucket, workflow), cancellationToken);
            var output = format == OutputFormat.Json ? StatsJsonRenderer.Render(report) : StatsTextRenderer.Render(report);
            await context.Console.Out.WriteAsync(output.AsMemory(), cancellationToken);
            return ExitCodes.Success;
        }
        finally
        {
            await LedgerConnection.CloseAsync(store);
        }
    }
}
