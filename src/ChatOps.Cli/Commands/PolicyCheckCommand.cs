using System.CommandLine;
using ChatOps.Cli.Input;
using ChatOps.Core.Policy;
using ChatOps.Policy.Yaml;

namespace ChatOps.Cli.Commands;

/// <summary><c>chatops policy check [FILE]</c>: loads and validates a policy (the shipped default without FILE); exit 1 lists every error with its line and fix.</summary>
internal static class PolicyCheckCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var file = new Argument<string?>("FILE") { Description = "The policy YAML file; without it, the shipped default.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("check", "Validate a policy file; every error names its line and the fix.") { file };
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, parseResult.GetValue(file), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string? path, CancellationToken cancellationToken)
    {
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

        foreach (var w in policy.Workflows.Values.OrderBy(w => w.Tier).ThenBy(w => w.Name, StringComparer.Ordinal))
        {
            await context.Console.Out.WriteLineAsync(
                $"{w.Name,-20} tier {(int)w.Tier}  {(w.Enabled ? "enabled " : "DISABLED")}  approvals {w.ApprovalsRequired} of [{string.Join(", ", w.ApproverRoles)}]  write-back {w.WriteBack.Kind}  retention {w.RetentionDays}d{(w.Validity is { } v ? $"  valid {v.Lifetime.TotalDays:0}d" : string.Empty)}");
        }

        await context.Console.Out.WriteLineAsync($"policy ok: {policy.Workflows.Count} workflows, {policy.People.Count} people, {policy.Roles.Count} roles");
        return ExitCodes.Success;
    }
}
