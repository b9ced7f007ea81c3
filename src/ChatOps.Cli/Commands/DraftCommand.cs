using System.CommandLine;
using ChatOps.Cli.Input;
using ChatOps.Cli.Output;
using ChatOps.Core.Drafting;
using ChatOps.Core.Workflows;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Cli.Commands;

/// <summary><c>chatops draft</c>: drafts for a workflow from evidence through the gate; exit 0 eligible, 1 not eligible, 2 bad input.</summary>
internal static class DraftCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var workflow = new Option<string>("--workflow") { Description = $"Workflow to draft for: {string.Join(", ", WorkflowNames.All)}.", Required = true };
        var evidence = new Option<string>("--evidence") { Description = "Evidence JSON file: {\"sources\": [ ... ]}; unlabelled sources count as internal.", Required = true };
        var request = new Option<string?>("--request") { Description = "What you want drafted, in your words." };
        var config = new Option<string?>("--config")
        {
            Description = "The host's settings file (appsettings.json: its Drafting and Model sections); without it the offline drafter runs with no model " +
                "and no network. Environment variables override it as in the host; keys come from ApiKey, ApiKeyFile or CHATOPS_API_KEY_<ENDPOINT>.",
        };
        var format = CommonOptions.Format();
        var command = new Command("draft", "Draft from evidence under the cite-first rules, with the checker as the gate.")
        {
            workflow, evidence, request, config, format,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            context, parseResult.GetValue(workflow)!, parseResult.GetValue(evidence)!, parseResult.GetValue(request),
            parseResult.GetValue(config), parseResult.GetValue(format), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliContext context, string workflow, string evidencePath, string? request, string? configPath, string? formatName,
        CancellationToken cancellationToken)
    {
        var format = OutputFormats.Parse(formatName);
        if (!WorkflowNames.IsKnown(workflow))
        {
            throw new CliInputException($"--workflow \"{workflow}\" is not a workflow; use one of: {string.Join(", ", WorkflowNames.All)}.");
        }

        var evidenceSet = await EvidenceFileReader.ReadAsync(evidencePath, cancellationToken);
        await using var services = DraftingServices.Build(context, SettingsFile.Load(configPath));
        DraftingServices.Options(services, configPath);
        DraftResult result;
        try
        {
            result = await services.GetRequiredService<IDraftingService>().DraftAsync(new DraftRequest(workflow, evidenceSet, request ?? ""), cancellationToken);
        }
        catch (DraftingException ex) when (ex.Kind is DraftingErrorKind.InvalidRequest or DraftingErrorKind.ClearanceExceeded)
        {
            throw new CliInputException(ex.Message);
        }
        catch (DraftingException ex)
        {
            // Budget spent or endpoint down: no draft, so nothing is eligible; the reason is the one stderr line.
            await ErrorLine.WriteAsync(context.Console, ex.Message);
            return ExitCodes.Failure;
        }

        var output = format == OutputFormat.Json ? DraftJsonRenderer.Render(result) + Environment.NewLine : DraftTextRenderer.Render(result);
        await context.Console.Out.WriteAsync(output.AsMemory(), cancellationToken);
        await context.Console.Out.FlushAsync(cancellationToken);
        return result.IsEligibleForApproval ? ExitCodes.Success : ExitCodes.Failure;
    }
}
