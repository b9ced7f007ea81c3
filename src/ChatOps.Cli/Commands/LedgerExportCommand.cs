using System.CommandLine;
using ChatOps.Cli.Input;
using ChatOps.Core.Ledger;

namespace ChatOps.Cli.Commands;

/// <summary><c>chatops ledger export --format jsonl</c>: every record, one JSON object per line, in chain order.</summary>
internal static class LedgerExportCommand
{
    public const string Jsonl = "jsonl";

    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ledger = LedgerConnection.Option();
        var format = new Option<string>("--format") { Description = "Export format: jsonl (one record per line).", DefaultValueFactory = _ => Jsonl };
        var command = new Command("export", "Write every ledger record to standard output, with its hashes, in chain order.") { ledger, format };
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, parseResult.GetValue(ledger)!, parseResult.GetValue(format), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string connection, string? format, CancellationToken cancellationToken)
    {
        if (format != Jsonl)
        {
            throw new CliInputException($"--format \"{format}\" is not an export format; use {Jsonl}.");
        }

        var store = await LedgerConnection.OpenAsync(connection, cancellationToken);
        try
        {
            await foreach (var r in store.ReadAsync(1, cancellationToken))
            {
                var line = LedgerJsonl.Line(r);
                await context.Console.Out.WriteLineAsync(line.ToJsonString().AsMemory(), cancellationToken);
            }

            await context.Console.Out.FlushAsync(cancellationToken);
            return ExitCodes.Success;
        }
        finally
        {
            await LedgerConnection.CloseAsync(store);
        }
    }
}
