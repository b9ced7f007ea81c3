using System.CommandLine;
using ChatOps.Cli.Input;
using ChatOps.Cli.Output;
using ChatOps.Core.Workflows;

namespace ChatOps.Cli.Commands;

/// <summary><c>chatops check</c>: runs the cite-first checker on a draft; exit 0 accepted, 1 rejected, 2 bad input.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var evidence = new Option<string>("--evidence")
        {
            Description = "Evidence JSON file: {\"sources\": [ ... ]}.",
            Required = true,
        };
        var draft = new Option<string>("--draft")
        {
            Description = "Markdown draft file, or - to read standard input.",
            Required = true,
        };
        var workflow = new Option<string?>("--workflow")
        {
            Description = $"Workflow the draft is for: {string.Join(", ", WorkflowNames.All)}.",
        };
        var format = CommonOptions.Format();

        var command = new Command("check", "Check a draft against its evidence under the cite-first rules.")
        {
            evidence, draft, workflow, format,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            context,
            parseResult.GetValue(evidence)!,
            parseResult.GetValue(draft)!,
            parseResult.GetValue(workflow),
            parseResult.GetValue(format),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliContext context, string evidencePath, string draftPath, string? workflow, string? formatName,
        CancellationToken cancellationToken)
    {
        var format = OutputFormats.Parse(formatName);
        if (workflow is not null && !WorkflowNames.IsKnown(workflow))
        {
            throw new CliInputException(
                $"--workflow \"{workflow}\" is not a workflow; use one of: {string.Join(", ", WorkflowNames.All)}.");
        }

        var evidenceSet = await EvidenceFileReader.ReadAsync(evidencePath, cancellationToken);
        var draftInput = await DraftReader.ReadAsync(draftPath, context.Console.In, cancellationToken);
        var result = context.Checker.Check(evidenceSet, draftInput.Text, workflow);

        var output = format == OutputFormat.Json
            ? CheckJsonRenderer.Render(result) + Environment.NewLine
            : CheckTextRenderer.Render(result, draftInput.Text, draftInput.Origin, new AnsiPalette(context.Console.UseColorOnOutput));
        await context.Console.Out.WriteAsync(output.AsMemory(), cancellationToken);
        await context.Console.Out.FlushAsync(cancellationToken);
        return result.IsAccepted ? ExitCodes.Success : ExitCodes.Failure;
    }
}
