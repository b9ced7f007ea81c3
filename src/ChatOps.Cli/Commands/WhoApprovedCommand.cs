using System.CommandLine;
using System.Text.Json.Nodes;
using ChatOps.Cli.Input;
using ChatOps.Cli.Output;
using ChatOps.Core.Approvals;

namespace ChatOps.Cli.Commands;

/// <summary><c>chatops who-approved --thread ID | --ticket ID | --draft ID</c>: the approvals the ledger holds; exit 1 when there are none.</summary>
internal static class WhoApprovedCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var thread = new Option<string?>("--thread") { Description = "A conversation: channel/thread id, e.g. slack/C024BE91L/1700000000.000100." };
        var ticket = new Option<string?>("--ticket") { Description = "A ticket, e.g. SUP-123 or #42." };
        var draft = new Option<string?>("--draft") { Description = "A draft id." };
        var ledger = LedgerConnection.Option();
        var format = CommonOptions.Format();
        var command = new Command("who-approved", "Show who approved a thread, a ticket or a draft, in which role, when and which version.") { thread, ticket, draft, ledger, format };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            context, parseResult.GetValue(thread), parseResult.GetValue(ticket), parseResult.GetValue(draft), parseResult.GetValue(ledger)!, parseResult.GetValue(format), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string? thread, string? ticket, string? draft, string connection, string? formatName, CancellationToken cancellationToken)
    {
        var format = OutputFormats.Parse(formatName);
        if (new[] { thread, ticket, draft }.Count(v => v is not null) != 1)
        {
            throw new CliInputException("give exactly one of --thread ID, --ticket ID or --draft ID.");
        }

        var store = await LedgerConnection.OpenAsync(connection, cancellationToken);
        try
        {
            var queries = new ApprovalQueries(store);
            var approvals = thread is not null ? await queries.ByThreadAsync(thread, cancellationToken)
                : ticket is not null ? await queries.ByTicketAsync(ticket, cancellationToken)
                : await queries.ByDraftAsync(draft!, cancellationToken);
            var output = format == OutputFormat.Json ? Json(approvals) : Text(approvals, thread ?? ticket ?? draft!);
            await context.Console.Out.WriteAsync(output.AsMemory(), cancellationToken);
            return approvals.Count > 0 ? ExitCodes.Success : ExitCodes.Failure;
        }
        finally
        {
            await LedgerConnection.CloseAsync(store);
        }
    }

    private static string Text(IReadOnlyList<ApprovalRecord> approvals, string what) => approvals.Count == 0
        ? $"no approvals recorded for {what}{Environment.NewLine}"
        : string.Concat(approvals.Select(a =>
            $"{a.Approver} ({string.Join(", ", a.Roles)}) approved draft {a.DraftId} [{a.Workflow}] version {a.Version[..Math.Min(12, a.Version.Length)]} at {a.At:u}" +
            $"{(a.Ticket is null ? string.Empty : $", ticket {a.Ticket}")}{(a.Thread is null ? string.Empty : $", thread {a.Thread}")} (record #{a.Sequence}){Environment.NewLine}"));

    private static string Json(IReadOnlyList<ApprovalRecord> approvals) => new JsonArray(approvals.Select(a => (JsonNode)new JsonObject
    {
        ["approver"] = a.Approver,
        ["roles"] = new JsonArray(a.Roles.Select(r => (JsonNode)r).ToArray()),
        ["draft"] = a.DraftId,
        ["workflow"] = a.Workflow,
        ["version"] = a.Version,
        ["at"] = a.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        ["thread"] = a.Thread,
        ["ticket"] = a.Ticket,
        ["sequence"] = a.Sequence,
    }).ToArray()).ToJsonString() + Environment.NewLine;
}
