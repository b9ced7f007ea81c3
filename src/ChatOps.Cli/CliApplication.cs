using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using ChatOps.Cli.Commands;
using ChatOps.Cli.Input;
using ChatOps.Core.Evidence;

namespace ChatOps.Cli;

/// <summary>The edge of the tool: parses, runs a command, and turns every failure into one stderr line and an exit code.</summary>
internal static class CliApplication
{
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var console = context.Console;
        var parseResult = RootCommandFactory.Create(context).Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            var problems = string.Join("; ", parseResult.Errors.Select(e => e.Message.TrimEnd('.')));
            await ErrorLine.WriteAsync(console, $"{problems}; run '{CommandPath(parseResult)} --help' for usage.");
            return ExitCodes.BadInput;
        }

        var invocation = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
        };

        try
        {
            return await parseResult.InvokeAsync(invocation, cancellationToken);
        }
        catch (Exception ex) when (ex is CliInputException or EvidenceFormatException)
        {
            await ErrorLine.WriteAsync(console, ex.Message);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await ErrorLine.WriteAsync(console, "cancelled.");
            return ExitCodes.Cancelled;
        }
#pragma warning disable CA1031 // The outermost edge: a bug must still end as one line and an exit code, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await ErrorLine.WriteAsync(console,
                $"internal error ({ex.GetType().Name}: {ex.Message}); this is a bug in chatops, please report it with the command you ran.");
            return ExitCodes.InternalError;
        }
    }

    private static string CommandPath(ParseResult parseResult)
    {
        var names = new List<string>();
        for (SymbolResult? result = parseResult.CommandResult; result is not null; result = result.Parent)
        {
            if (result is CommandResult command)
            {
                names.Add(command.Command.Name);
            }
        }

        // The root command is named after the host executable, which is the test host under tests.
        names[^1] = "chatops";
        names.Reverse();
        return string.Join(' ', names);
    }
}
