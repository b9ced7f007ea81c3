using ChatOps.Core.Checking;
using ChatOps.Drafting.Prompts;
using Microsoft.SemanticKernel;

namespace ChatOps.Drafting.Gate;

/// <summary>The gate inside the kernel: checks every drafting function's result and sends rejected drafts back with their findings.</summary>
internal sealed class CiteFirstGateFilter(ICiteFirstChecker checker) : IFunctionInvocationFilter
{
    public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.Function.PluginName != PromptLibrary.PluginName)
        {
            await next(context);
            return;
        }

        // Fail closed: a drafting function invoked without evidence cannot be checked, so it is not run at all.
        var run = GateRun.From(context.Arguments)
            ?? throw new InvalidOperationException("Drafting functions run only through the drafting service, which supplies the evidence to check against.");
        context.Arguments[GateRun.RepairArgument] = "";
        for (var round = 0; ; round++)
        {
            await next(context);
            var draft = context.Result.GetValue<string>() ?? "";
            var check = checker.Check(run.Evidence, draft, run.Workflow);
            run.Record(draft, check, UsageReader.Read(context.Result.Metadata));
            if (check.IsAccepted || round >= run.MaxRepairRounds)
            {
                return;
            }

            context.CancellationToken.ThrowIfCancellationRequested();
            context.Arguments[GateRun.RepairArgument] = RepairPrompt.Format(draft, check);
        }
    }
}
