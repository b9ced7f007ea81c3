using ChatOps.Core.Checking;
using ChatOps.Drafting.Prompts;
using ChatOps.Drafting.Providers;
using Microsoft.SemanticKernel;

namespace ChatOps.Drafting.Gate;

/// <summary>
/// The gate inside the kernel: makes each model call (again, after a pause, when it failed in a way worth retrying),
/// records every call with its tokens, cost and outcome, checks every draft, and sends rejected drafts back with their
/// findings.
/// </summary>
internal sealed class CiteFirstGateFilter(ICiteFirstChecker checker, TimeProvider time, TimeSpan maxRetryWait) : IFunctionInvocationFilter
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
            var draft = await CallAsync(context, next, run, run.PurposeOf(round), context.CancellationToken);
            var check = checker.Check(run.Evidence, draft, run.Workflow);
            run.RecordCheck(draft, check);
            if (check.IsAccepted || round >= run.MaxRepairRounds)
            {
                return;
            }

            context.CancellationToken.ThrowIfCancellationRequested();
            context.Arguments[GateRun.RepairArgument] = RepairPrompt.Format(draft, check);
        }
    }

    private async Task<string> CallAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next, GateRun run, Core.Drafting.ModelCallPurpose purpose, CancellationToken cancellationToken = default)
    {
        for (var retries = 0; ; retries++)
        {
            var started = time.GetTimestamp();
            ModelFailure failure;
            Exception? cause = null;
            try
            {
                await next(context);
                var reply = ModelReply.Read(context.Result);
                if (reply.Failure is null)
                {
                    run.RecordReply(purpose, reply.Usage, time.GetElapsedTime(started));
                    return reply.Text;
                }

                failure = reply.Failure;
            }
            catch (Exception ex) when (FaultClassifier.IsModelFailure(ex, cancellationToken))
            {
                failure = FaultClassifier.Classify(ex, run.Endpoint);
                cause = ex;
            }

            run.RecordFailure(purpose, failure, time.GetElapsedTime(started));
            if (RetryPlan.Wait(failure, retries, run.Endpoint.MaxRetries, maxRetryWait) is not { } wait)
            {
                throw new ModelCallFailedException(failure, cause);
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }
        }
    }
}
