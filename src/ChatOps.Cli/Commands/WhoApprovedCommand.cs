using System.CommandLine;
using System.Text.Json.Nodes;
using ChatOps.Cli.Input;
using ChatOps.Cli.Output;
using ChatOps.Core.Approvals;
using ChatOps.Core.Policy;

namespace ChatOps.Cli.Commands;

/// <summary><c>chatops who-approved --thread ID | --ticket ID | --draft ID</c>: the approvals the ledger holds, approvers named as the policy names them; exit 1 when there are none.</summary>
internal static class WhoApprovedCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var thread = new Option<string?>("--thread") { Description = "A conversation: channel/thread id, e.g. slack/C024BE91L/1700000000.000100." };
        var ticket = new Option<string?>("--ticket") { Description = "A ticket, e.g. SUP-123 or #42." };
        var draft = new Option<string?>("--draft") { Description = "A draft id." };
        var ledger = LedgerConnection.Option();
        var policy = PolicyOption.Option();
        var format = CommonOptions.Format();
        var command = new Command("who-approved", "Show who approved a thread, a ticket or a draft, in which role, when and which version.") { thread, ticket, draft, ledger, policy, format };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            context,
            new Selector(parseResult.GetValue(thread), parseResult.GetValue(ticket), parseResult.GetValue(draft)),
            parseResult.GetValue(ledger)!,
            parseResult.GetValue(policy),
            parseResult.GetValue(format),
            cancellationToken));
        return command;
    }

    private sealed record Selector(string? Thread, string? Ticket, string? Draft);

    private static async Task<int> RunAsync(CliContext context, Selector selector, string connection, string? policyPath, string? formatName, CancellationToken cancellationToken)
    {
        var format = OutputFormats.Parse(formatName);
        var (thread, ticket, draft) = (selector.Thread, selector.Ticket, selector.Draft);
        if (new[] { thread, ticket, draft }.Count(v => v is not null) != 1)
        {
            throw new CliInputException("give exactly one of --thread ID, --ticket ID or --draft ID.");
        }

        // The ledger records people by their policy id; an operator reads them by the names the cards show.
        var policy = PolicyOption.Load(policyPath);

        var store = await LedgerConnection.OpenAsync(connection, cancellationToken);
        try
        {
            var queries = new ApprovalQueries(store);
            var approvals = thread is not null ? await queries.ByThreadAsync(thread, cancellationToken)
                : ticket is not null ? await queries.ByTicketAsync(ticket, cancellationToken)
                : await queries.ByDraftAsync(draft!, cancellationToken);
            var output = format == OutputFormat.Json ? Json(approvals, policy) : Text(approvals, policy, thread ?? ticket ?? draft!);
            await context.Console.Out.WriteAsync(output.AsMemory(), cancellationToken);
            return approvals.Count > 0 ? ExitCodes.Success : ExitCodes.Failure;
        }
        finally
        {
            await LedgerConnection.CloseAsync(store);
        }
    }

    private static string Text(IReadOnlyList<ApprovalRecord> approvals, ChatOpsPolicy policy, string what) => approvals.Count == 0
        ? $"no approvals recorded for {what}{Environment.NewLine}"
        : string.Concat(approvals.Select(a =>
            $"{Named(a.Approver, policy)} ({string.Join(", ", a.Roles)}) approved draft {a.DraftId} [{a.Workflow}] version {a.Version[..Math.Min(12, a.Version.Length)]} at {a.At:u}" +
            $"{(a.Ticket is null ? string.Empty : $", ticket {a.Ticket}")}{(a.Thread is null ? string.Empty : $", thread {a.Thread}")} (record #{a.Sequence}){Environment.NewLine}"));

    private static string Named(string person, ChatOpsPolicy policy) =>
        policy.DisplayName(person) is var name && name != person ? $"{name} <{person}>" : person;

    private static string Json(IReadOnlyList<ApprovalRecord> approvals, ChatOpsPolicy policy) => new JsonArray(approvals.Select(a => (JsonNode)new JsonObject
    {
        ["approver"] = a.Approver,
        ["approver_name"] = policy.DisplayName(a.Approver),
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
