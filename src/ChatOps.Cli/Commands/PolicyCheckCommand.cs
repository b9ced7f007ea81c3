using System.CommandLine;
using System.Globalization;
using ChatOps.Cli.Input;
using ChatOps.Core.Policy;
using ChatOps.Drafting;
using ChatOps.Drafting.Routing;
using ChatOps.Policy.Yaml;

namespace ChatOps.Cli.Commands;

/// <summary>
/// <c>chatops policy check [FILE] [--config appsettings.json]</c>: loads and validates a policy (the shipped default
/// without FILE); with the host's settings it also checks the policy's models against the configured endpoints, as
/// the host does at start-up. Exit 1 lists every error with its line or setting and the fix.
/// </summary>
internal static class PolicyCheckCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var file = new Argument<string?>("FILE") { Description = "The policy YAML file; without it, the settings' Policy:Path or the shipped default.", Arity = ArgumentArity.ZeroOrOne };
        var config = new Option<string?>("--config")
        {
            Description = "The host's settings file (appsettings.json): check that every workflow's models name a configured endpoint, as the host does at start-up.",
        };
        var command = new Command("check", "Validate a policy file; every error names its line (or setting) and the fix.") { file, config };
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, parseResult.GetValue(file), parseResult.GetValue(config), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string? path, string? configPath, CancellationToken cancellationToken)
    {
        var settings = configPath is null ? null : SettingsFile.Load(configPath);
        path ??= settings?["Policy:Path"] is { Length: > 0 } configured ? configured : null;
        string text;
        try
        {
            text = path is null ? PolicyYamlLoader.DefaultText() : await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"cannot read policy file \"{path}\": {ex.Message}");
        }

        ChatOpsPolicy policy;
        try
        {
            policy = PolicyYamlLoader.Parse(text, path ?? PolicyYamlLoader.DefaultSourceName);
        }
        catch (PolicyLoadException ex)
        {
            foreach (var error in ex.Errors)
            {
                await context.Console.Out.WriteLineAsync(error.ToString());
            }

            await context.Console.Out.WriteLineAsync($"policy INVALID: {ex.Errors.Count} error(s)");
            return ExitCodes.Failure;
        }

        DraftingOptions? drafting = null;
        if (settings is not null)
        {
            await using var services = DraftingServices.Build(context, settings);
            drafting = DraftingServices.Options(services, configPath);
        }

        foreach (var w in policy.Workflows.Values.OrderBy(w => w.Tier).ThenBy(w => w.Name, StringComparer.Ordinal))
        {
            var route = drafting is null ? "" : $"  drafts on {EndpointRoutes.PrimaryName(drafting, w.Name)}" +
                (EndpointRoutes.EscalationName(drafting, w.Name) is { } escalation ? $" (escalation {escalation})" : "");
            await context.Console.Out.WriteLineAsync(
                $"{w.Name,-20} tier {(int)w.Tier}  {(w.Enabled ? "enabled " : "DISABLED")}  approvals {w.ApprovalsRequired} of [{string.Join(", ", w.ApproverRoles)}]  write-back {w.WriteBack.Kind}  retention {w.RetentionDays}d{(w.Validity is { } v ? $"  valid {v.Lifetime.TotalDays:0}d" : string.Empty)}  models [{string.Join(", ", w.AllowedModels)}]{route}");
        }

        if (drafting is null)
        {
            await context.Console.Out.WriteLineAsync($"policy ok: {policy.Workflows.Count} workflows, {policy.People.Count} people, {policy.Roles.Count} roles");
            return ExitCodes.Success;
        }

        foreach (var endpoint in drafting.Endpoints)
        {
            await context.Console.Out.WriteLineAsync(Describe(endpoint));
        }

        foreach (var note in PolicyEndpointCheck.Unconfigured(policy, drafting))
        {
            await context.Console.Out.WriteLineAsync("note: " + note);
        }

        foreach (var warning in PolicyEndpointCheck.Warnings(policy, drafting))
        {
            await context.Console.Out.WriteLineAsync("warning: " + warning);
        }

        var errors = PolicyEndpointCheck.Errors(policy, drafting);
        foreach (var error in errors)
        {
            await context.Console.Out.WriteLineAsync("error: " + error);
        }

        await context.Console.Out.WriteLineAsync(errors.Count == 0
            ? $"policy ok with {configPath}: {policy.Workflows.Count} workflows, {drafting.Endpoints.Count} endpoints"
            : $"policy INVALID with {configPath}: {errors.Count} error(s)");
        return errors.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static string Describe(ModelEndpointOptions e) => string.Create(CultureInfo.InvariantCulture,
        $"endpoint {e.Name}: {e.Provider} {e.Model}{(e.BaseUrl is null ? "" : $" at {e.BaseUrl}")}, owner {e.Owner}, clearance {e.Clearance.ToString().ToLowerInvariant()}, " +
        $"{e.InputPricePer1KTokens:0.######}/{e.OutputPricePer1KTokens:0.######} per 1K tokens in/out{(e.IsRemote ? $", key {(string.IsNullOrEmpty(e.ApiKey) ? "none" : "set")}" : "")}");
}
