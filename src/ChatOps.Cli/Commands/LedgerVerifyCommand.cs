using System.CommandLine;
using ChatOps.Core.Ledger;

namespace ChatOps.Cli.Commands;

/// <summary><c>chatops ledger verify</c>: recomputes the hash chain; exit 0 intact, 1 naming the first tampered record.</summary>
internal static class LedgerVerifyCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ledger = LedgerConnection.Option();
        var command = new Command("verify", "Check every record's hash and link; name the first edited, deleted, inserted or reordered record.") { ledger };
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, parseResult.GetValue(ledger)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string connection, CancellationToken cancellationToken)
    {
        var store = await LedgerConnection.OpenAsync(connection, cancellationToken);
        try
        {
            var result = await ChainVerifier.VerifyAsync(store, cancellationToken);
            if (result.Problem is { } problem)
            {
                await context.Console.Out.WriteLineAsync($"ledger TAMPERED: {problem.Message} ({result.RecordsChecked} records before it verified)");
                return ExitCodes.Failure;
            }

            var head = await store.HeadAsync(cancellationToken);
            await context.Console.Out.WriteLineAsync($"ledger ok: {result.RecordsChecked} records verified ({result.Redacted} redacted by retention), head #{head.Sequence} {head.Hash}");
            return ExitCodes.Success;
        }
        finally
        {
            await LedgerConnection.CloseAsync(store);
        }
    }
}
