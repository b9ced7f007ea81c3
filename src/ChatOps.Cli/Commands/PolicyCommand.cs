using System.CommandLine;

namespace ChatOps.Cli.Commands;

/// <summary><c>chatops policy</c>: work with the workflow policy file.</summary>
internal static class PolicyCommand
{
    public static Command Create(CliContext context) => new("policy", "Validate the workflow policy (who approves what).")
    {
        PolicyCheckCommand.Create(context),
    };
}
