using System.CommandLine;
using ChatOps.Cli.Input;
using ChatOps.Core.Policy;
using ChatOps.Policy.Yaml;

namespace ChatOps.Cli.Commands;

/// <summary>The <c>--policy FILE</c> option of commands that act on workflows (default: <c>$CHATOPS_POLICY</c>, else the shipped policy).</summary>
internal static class PolicyOption
{
    public const string Variable = "CHATOPS_POLICY";

    public static Option<string?> Option() => new("--policy")
    {
        Description = $"The workflow policy the host runs with. Default: ${Variable}, else the shipped policy.",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured ? configured : null,
    };

    public static ChatOpsPolicy Load(string? path)
    {
        try
        {
            return path is null ? PolicyYamlLoader.LoadDefault() : PolicyYamlLoader.LoadFile(path);
        }
        catch (PolicyLoadException ex)
        {
            throw new CliInputException($"--policy \"{path}\": {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"--policy \"{path}\": {ex.Message}");
        }
    }

    /// <summary>Who runs the command, as the ledger records it: the operating system user at the terminal.</summary>
    public static string Operator() => $"cli:{Environment.UserName}";
}
