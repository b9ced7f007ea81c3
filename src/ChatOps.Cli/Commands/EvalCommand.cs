using System.CommandLine;
using ChatOps.Cli.Output;
using ChatOps.Core.Checking;
using ChatOps.Core.Evaluation;

namespace ChatOps.Cli.Commands;

/// <summary><c>chatops eval</c>: scores the checker on a labelled case set; exit 1 when a threshold fails, 2 on bad input.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var set = new Option<string>("--set")
        {
            Description = "Directory of *.json case files (or one case file).",
            Required = true,
        };
        var minVerdictAccuracy = CommonOptions.Fraction(
            EvalThresholds.MinVerdictAccuracyOption, "Fail (exit 1) when verdict accuracy is below this fraction.");
        var maxFalseRejection = CommonOptions.Fraction(
            EvalThresholds.MaxFalseRejectionOption, "Fail (exit 1) when the false-rejection rate is above this fraction.");
        var minFindingF1 = CommonOptions.Fraction(
            EvalThresholds.MinFindingF1Option, "Fail (exit 1) when micro-averaged finding F1 is below this fraction.");
        var format = CommonOptions.Format();
        var spec = new Option<string>("--spec")
        {
            Description = "Spec version the set is labelled under: v2 (every rule, the default) or v1 (scores the six v1 rules only, for a set not yet labelled for unsupported-claim).",
            DefaultValueFactory = _ => "v2",
        };
        spec.AcceptOnlyFromAmong("v1", "v2");

        var command = new Command("eval", "Run the cite-first checker on a labelled case set and report its accuracy.")
        {
            set, minVerdictAccuracy, maxFalseRejection, minFindingF1, format, spec,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            context,
            parseResult.GetValue(set)!,
            new EvalThresholds(
                parseResult.GetValue(minVerdictAccuracy),
                parseResult.GetValue(maxFalseRejection),
                parseResult.GetValue(minFindingF1)),
            parseResult.GetValue(format),
            RuleIds.OfSpec(parseResult.GetValue(spec) ?? "v2"),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliContext context, string setPath, EvalThresholds thresholds, string? formatName, IReadOnlyList<string>? rules,
        CancellationToken cancellationToken)
    {
        var console = context.Console;
        var format = OutputFormats.Parse(formatName);
        var cases = await EvalCaseReader.ReadAllAsync(setPath, cancellationToken);

        var progress = console.IsErrorTerminal ? new EvalProgressReporter(console.Error) : null;
        var report = new EvalRunner(context.Checker, rules).Run(cases, progress, cancellationToken);
        progress?.Clear();

        var results = thresholds.Evaluate(report);
        var output = format == OutputFormat.Json
            ? EvalJsonRenderer.Render(report, results) + Environment.NewLine
            : EvalTextRenderer.Render(report, setPath, results, new AnsiPalette(console.UseColorOnOutput));
        await console.Out.WriteAsync(output.AsMemory(), cancellationToken);
        await console.Out.FlushAsync(cancellationToken);

        var failed = results.Where(r => !r.Passed).Select(r => r.Describe()).ToArray();
        if (failed.Length == 0)
        {
            return ExitCodes.Success;
        }

        await ErrorLine.WriteAsync(console, $"threshold failed: {string.Join("; ", failed)}.");
        return ExitCodes.Failure;
    }
}
