using System.CommandLine;

namespace ChatOps.Cli.Commands;

/// <summary><c>chatops ledger</c>: verify and export the decision ledger.</summary>
internal static class LedgerCommand
{
    public static Command Create(CliContext context) => new("ledger", "Verify or export the tamper-evident decision ledger.")
    {
        LedgerVerifyCommand.Create(context),
        LedgerExportCommand.Create(context),
        LedgerRetainCommand.Create(context),
    };
}
