using System.CommandLine;

namespace ChatOps.Cli.Commands;

/// <summary>The one place the <c>chatops</c> command tree is assembled; each command registers with one line here.</summary>
internal static class RootCommandFactory
{
    public static RootCommand Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = new RootCommand("ChatOps: cite-first drafting, checking and approval from the command line.");
        root.Subcommands.Add(CheckCommand.Create(context));
        root.Subcommands.Add(EvalCommand.Create(context));
        root.Subcommands.Add(TeamsPackageCommand.Create(context));
        root.Subcommands.Add(DraftCommand.Create(context));
        root.Subcommands.Add(LedgerCommand.Create(context));
        root.Subcommands.Add(WhoApprovedCommand.Create(context));
        root.Subcommands.Add(PolicyCommand.Create(context));
        root.Subcommands.Add(StatsCommand.Create(context));
        root.Subcommands.Add(OutboxCommand.Create(context));
        root.Subcommands.Add(WorkflowCommand.Create(context));
        return root;
    }
}
