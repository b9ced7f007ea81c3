using System.CommandLine;
using ChatOps.Cli.Input;
using ChatOps.Core.Approvals;
using ChatOps.Core.Policy;

namespace ChatOps.Cli.Commands;

/// <summary><c>chatops workflow pause|resume WORKFLOW --reason …</c>: the kill-switch from the terminal, recorded in the ledger with who and why.</summary>
internal static class WorkflowCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new Command("workflow", "Pause or resume a workflow (the kill-switch).") { Switch(context, enable: false), Switch(context, enable: true) };
    }

    private static Command Switch(CliContext context, bool enable)
    {
        var name = enable ? "resume" : "pause";
        var workflow = new Argument<string>("WORKFLOW") { Description = "The workflow, e.g. customer-update." };
        var reason = new Option<string?>("--reason") { Description = "Why (recorded in the ledger and shown on the workflow's cards)." };
        var ledger = LedgerConnection.Option();
        var policyFile = PolicyOption.Option();
        var command = new Command(name, enable
            ? "Let a paused workflow draft, decide and write back again."
            : "Stop a workflow: no new drafts, no decisions on its waiting approvals, its write-backs wait.") { workflow, reason, ledger, policyFile };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var policy = PolicyOption.Load(parseResult.GetValue(policyFile));
            var target = parseResult.GetValue(workflow)!;
            if (policy.FindWorkflow(target) is null)
            {
                throw new CliInputException($"there is no '{target}' workflow in the policy; use one of: {string.Join(", ", policy.Workflows.Keys)}.");
            }

            var why = parseResult.GetValue(reason);
            if (!enable && string.IsNullOrWhiteSpace(why))
            {
                throw new CliInputException($"say why: chatops workflow pause {target} --reason \"…\" (the reason is recorded and shown on its cards).");
            }

            var store = await LedgerConnection.OpenAsync(parseResult.GetValue(ledger)!, cancellationToken);
            try
            {
                var switches = new WorkflowSwitch(store, TimeProvider.System);
                if (await switches.IsSwitchedOffAsync(target, cancellationToken) != enable)
                {
                    await context.Console.Out.WriteLineAsync($"{target} is already {(enable ? "running" : "paused")}; nothing recorded");
                    return ExitCodes.Failure;
                }

                var record = await switches.SwitchAsync(target, enable, new Person(PolicyOption.Operator(), []), why is { Length: > 0 } ? why : "resumed", cancellationToken);
                await context.Console.Out.WriteLineAsync($"{target} {(enable ? "resumed" : "paused")} (ledger record #{record.Sequence}); the running host applies it to the next draft, decision and write-back, and shows it on the waiting cards within seconds");
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
