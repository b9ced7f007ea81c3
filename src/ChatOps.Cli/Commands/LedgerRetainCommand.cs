using System.CommandLine;
using ChatOps.Core.Ledger;

namespace ChatOps.Cli.Commands;

/// <summary><c>chatops ledger retain [--dry-run]</c>: runs the retention sweep now (the host also runs it daily).</summary>
internal static class LedgerRetainCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var dryRun = new Option<bool>("--dry-run") { Description = "Count what would be redacted; change nothing." };
        var ledger = LedgerConnection.Option();
        var policyFile = PolicyOption.Option();
        var command = new Command("retain", "Redact the content of records older than their workflow's retention_days, and the outbox's and inbox's copies; hashes stay, so the chain verifies.") { dryRun, ledger, policyFile };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var policy = PolicyOption.Load(parseResult.GetValue(policyFile));
            var store = await LedgerConnection.OpenAsync(parseResult.GetValue(ledger)!, cancellationToken);
            try
            {
                var report = await new RetentionSweeper(store, policy, TimeProvider.System, store).RunAsync(PolicyOption.Operator(), parseResult.GetValue(dryRun), cancellationToken);
                foreach (var line in report.Lines())
                {
                    await context.Console.Out.WriteLineAsync(line);
                }

                return ExitCodes.Success;
            }
            finally
            {
                await LedgerConnection.CloseAsync(store);
            }
        });
        return command;
    }
}
