using System.CommandLine;
using System.Globalization;
using ChatOps.Cli.Input;
using ChatOps.Cli.Output;
using ChatOps.Core.Drafting;
using ChatOps.Core.Evaluation;
using ChatOps.Core.Ledger;
using ChatOps.Core.Ledger.Records;
using ChatOps.Drafting.Prompts;
using ChatOps.Ledger.Sql;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Cli.Commands;

/// <summary>
/// <c>chatops eval drafts</c>: the gate for prompts and models. Drafts every evidence bundle of a case set through the
/// same gateway the host uses, on one endpoint, and reports per workflow the pass rate after repairs, the repairs and
/// escalations it took, UNKNOWN labels per draft, tokens, cost and latency; exit 1 when a threshold is missed.
/// </summary>
internal static class EvalDraftsCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var set = new Option<string>("--set") { Description = "Directory of *.json case files: each case's evidence and workflow are drafted (its draft and labels are not used).", Required = true };
        var endpoint = new Option<string>("--endpoint") { Description = "The endpoint to draft on (offline, or a name from the settings' Drafting:Endpoints); escalation follows the settings.", Required = true };
        var config = new Option<string?>("--config") { Description = "The host's settings file (appsettings.json) that defines the endpoints; environment variables override it as in the host." };
        var minPass = CommonOptions.Fraction("--min-pass", "Fail (exit 1) when the share of bundles drafted and accepted (after repairs) is below this fraction.");
        var maxCost = new Option<decimal?>("--max-cost")
        {
            Description = "Fail (exit 1) when drafting the whole set costs more than this (the endpoints' prices' currency).",
            CustomParser = r => decimal.TryParse(r.Tokens.Count == 0 ? "" : r.Tokens[0].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) && v >= 0
                ? v
                : Error<decimal?>(r, "--max-cost", "is not an amount of zero or more; give a value such as 0.50"),
        };
        var maxLatency = new Option<TimeSpan?>("--max-p95-latency")
        {
            Description = "Fail (exit 1) when the 95th percentile of a draft's latency (repairs included) is above this: seconds, or with a unit (1500ms, 20s).",
            CustomParser = r => DraftEvalThresholds.ParseLatency(r.Tokens.Count == 0 ? "" : r.Tokens[0].Value) is { } t
                ? t
                : Error<TimeSpan?>(r, "--max-p95-latency", "is not a duration; give seconds (20) or a unit (1500ms)"),
        };
        var record = new Option<bool>("--record")
        {
            Description = "Append a prompt-eval record per workflow to the ledger (--ledger): its prompt version and whether it met the thresholds; the scorecard's eval coverage counts the passing ones. Needs --min-pass.",
        };
        var ledger = LedgerConnection.Option();
        var format = CommonOptions.Format();
        var command = new Command("drafts", "Draft every bundle of a case set through the gateway on one endpoint and gate on pass rate, cost and latency.")
        {
            set, endpoint, config, minPass, maxCost, maxLatency, record, ledger, format,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(set)!, parse.GetValue(endpoint)!, parse.GetValue(config),
            new DraftEvalThresholds(parse.GetValue(minPass), parse.GetValue(maxCost), parse.GetValue(maxLatency)), parse.GetValue(record) ? parse.GetValue(ledger) : null,
            parse.GetValue(format), cancellationToken));
        return command;
    }

    private static T Error<T>(System.CommandLine.Parsing.ArgumentResult result, string option, string what)
    {
        result.AddError($"{option} \"{(result.Tokens.Count == 0 ? "" : result.Tokens[0].Value)}\" {what}");
        return default!;
    }

    /// <summary>Runs the eval; <c>recordTo</c> is the ledger to record the results in (--record), or null.</summary>
    private static async Task<int> RunAsync(
        CliContext context, string setPath, string endpoint, string? configPath, DraftEvalThresholds thresholds, string? recordTo, string? formatName, CancellationToken cancellationToken)
    {
        var format = OutputFormats.Parse(formatName);
        if (recordTo is not null && thresholds.MinPass is null)
        {
            // A recorded run says whether the prompt passes; without a pass mark every run would.
            throw new CliInputException("--record needs --min-pass: a recorded eval says whether the prompt passed, so give the pass rate it must reach (e.g. --min-pass 0.9).");
        }

        var cases = await EvalCaseReader.ReadAllAsync(setPath, cancellationToken);

        // Opened before any drafting, so a wrong --ledger costs no model calls.
        var ledger = recordTo is null ? null : await LedgerConnection.OpenAsync(recordTo, cancellationToken);
        try
        {
            return await DraftAllAsync(context, setPath, endpoint, configPath, thresholds, ledger, format, cases, cancellationToken);
        }
        finally
        {
            if (ledger is not null)
            {
                await LedgerConnection.CloseAsync(ledger);
            }
        }
    }

    private static async Task<int> DraftAllAsync(
        CliContext context, string setPath, string endpoint, string? configPath, DraftEvalThresholds thresholds, SqlLedgerStore? ledger, OutputFormat format,
        IReadOnlyList<EvalCase> cases, CancellationToken cancellationToken)
    {
        var console = context.Console;
        // Every bundle is drafted for real: the cache would only hide what a prompt or model change does.
        await using var services = DraftingServices.Build(context, SettingsFile.Load(configPath), o => o.CacheTtl = TimeSpan.Zero);
        var options = DraftingServices.Options(services, configPath);
        if (options.FindEndpoint(endpoint) is null)
        {
            throw new CliInputException($"--endpoint \"{endpoint}\" is not a configured endpoint; use one of: {string.Join(", ", options.Endpoints.Select(e => e.Name))}" +
                (configPath is null ? " (pass the host's settings with --config)." : "."));
        }

        var drafter = services.GetRequiredService<IDraftingService>();
        var drafted = new List<DraftEvalCase>(cases.Count);
        foreach (var (evalCase, index) in cases.Select((c, i) => (c, i)))
        {
            if (console.IsErrorTerminal)
            {
                await console.Error.WriteAsync($"\rdrafting {index + 1}/{cases.Count} {evalCase.Id}    ");
            }

            try
            {
                drafted.Add(new DraftEvalCase(evalCase.Id, evalCase.Workflow, await drafter.DraftAsync(new DraftRequest(evalCase.Workflow, evalCase.Evidence) { Endpoint = endpoint }, cancellationToken), null));
            }
            catch (DraftingException ex)
            {
                drafted.Add(new DraftEvalCase(evalCase.Id, evalCase.Workflow, null, ex));
            }
        }

        if (console.IsErrorTerminal)
        {
            await console.Error.WriteAsync("\r" + new string(' ', 60) + "\r");
        }

        var byWorkflow = drafted.GroupBy(c => c.Workflow, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DraftEvalSummary(g.Key, [.. g])).ToArray();
        var all = new DraftEvalSummary("all", drafted);
        var missed = thresholds.Missed(all);
        var output = format == OutputFormat.Json
            ? DraftEvalJsonRenderer.Render(endpoint, byWorkflow, all, missed) + Environment.NewLine
            : DraftEvalTextRenderer.Render(setPath, endpoint, byWorkflow, all);
        await console.Out.WriteAsync(output.AsMemory(), cancellationToken);
        await console.Out.FlushAsync(cancellationToken);
        if (ledger is not null)
        {
            await RecordAsync(console, ledger, PromptEvalRecords.Of(setPath, endpoint, byWorkflow, thresholds, PromptVersions.Read(options.PromptsDirectory)), cancellationToken);
        }

        if (missed.Count == 0)
        {
            return ExitCodes.Success;
        }

        await ErrorLine.WriteAsync(console, $"threshold failed: {string.Join("; ", missed)}.");
        return ExitCodes.Failure;
    }

    private static async Task RecordAsync(CliConsole console, SqlLedgerStore ledger, IReadOnlyList<(string Workflow, PromptEvalV1 Eval)> evals, CancellationToken cancellationToken)
    {
        if (evals.Count == 0)
        {
            return;
        }

        var entries = evals.Select(PromptEvalRecords.Entry).ToArray();
        var appended = await ledger.AppendAsync(new LedgerAppend(entries, []), cancellationToken);
        var passing = evals.Count(e => e.Eval.Passed);
        await console.Error.WriteLineAsync(
            $"recorded {entries.Length} prompt-eval record(s) in the ledger, {passing} passing (sequence {appended.Records[0].Sequence}–{appended.Records[^1].Sequence}).");
    }
}
