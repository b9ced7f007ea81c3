using ChatOps.Core.Diagnostics;
using ChatOps.Core.Drafting;
using ChatOps.Core.Workflows;
using ChatOps.Drafting.Cost;
using ChatOps.Drafting.Gate;
using ChatOps.Drafting.Routing;
using ChatOps.Drafting.Safety;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Drafting;

/// <summary>
/// The model gateway on Semantic Kernel. Every boundary is decided before the first byte leaves, in this order: the
/// endpoint the workflow's policy allows, the evidence's sensitivity against the endpoint's clearance, the cache (a
/// hit sends nothing), the daily budget. Then the small endpoint drafts through the gate (repairs included) and, when
/// its repairs fail, the escalation endpoint tries once; every call is recorded with its tokens, cost and outcome.
/// </summary>
internal sealed class SemanticKernelDrafter(
    DraftingKernel kernel, IOptions<DraftingOptions> options, IDraftingBudget budget, DraftCache cache, TimeProvider timeProvider,
    ILogger<SemanticKernelDrafter> logger)
    : IDraftingService
{
    public async Task<DraftResult> DraftAsync(DraftRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!WorkflowNames.IsKnown(request.Workflow))
        {
            throw new DraftingException(DraftingErrorKind.InvalidRequest,
                $"Unknown workflow '{request.Workflow}'; use one of: {string.Join(", ", WorkflowNames.All)}.");
        }

        // The gateway's own span: routing, boundaries, cache, budget, model calls (timed one by one) and the gate's checks.
        using var activity = ChatOpsDiagnostics.Source.StartActivity("chatops.gateway");
        activity?.SetTag("chatops.workflow", request.Workflow);
        var settings = options.Value;
        var route = EndpointRoutes.For(settings, request.Workflow, request.Endpoint);
        activity?.SetTag("chatops.endpoint", route.Primary.Name);
        var primary = route.Primary;
        Refusing(request, () =>
        {
            EndpointAllowance.EnsureAllowed(request, primary);
            ClearanceGuard.EnsureCleared(request.Evidence, primary);
        });

        var flags = new List<DraftFlag>(InjectionScanner.Scan(request.Evidence));
        foreach (var flag in flags)
        {
            Log.PossibleInjection(logger, request.Workflow, flag.SourceId);
        }

        var escalation = Escalation(route, request, flags);
        var promptVersion = kernel.Prompts.VersionOf(request.Workflow);
        var cacheKey = DraftCacheKey.For(promptVersion, primary.Name, primary.Model, request.Evidence, request.Request);
        if (cache.TryGet(cacheKey, out var cached))
        {
            return FromCache(cached!, primary, flags);
        }

        var day = DailyBudgets.Day(timeProvider);
        var limit = DailyBudgets.LimitFor(settings, request.Workflow);
        if (!limit.IsUnlimited)
        {
            var (reserved, usage) = await budget.TryReserveAsync(request.Workflow, day, limit, cancellationToken);
            if (!reserved)
            {
                Refusing(request, () => throw DailyBudgets.Exhausted(request.Workflow, day, limit, usage));
            }
        }

        var started = timeProvider.GetTimestamp();
        var calls = new List<ModelCall>();
        var settled = false;
        try
        {
            var run = new GateRun(request.Evidence, request.Workflow, primary, settings.MaxRepairRounds, isEscalation: false);
            await RunAsync(run, request, calls, cancellationToken);
            if (run.LastCheck is { IsAccepted: false } && escalation is not null)
            {
                Log.Escalating(logger, request.Workflow, primary.Name, escalation.Name);
                var second = new GateRun(request.Evidence, request.Workflow, escalation, maxRepairRounds: 0, isEscalation: true);
                try
                {
                    await RunAsync(second, request, calls, cancellationToken);
                    run = second;
                }
                catch (DraftingException failed)
                {
                    // The default endpoint's (rejected) draft stands; the reviewer is told the escalation failed.
                    flags.Add(new DraftFlag(DraftFlag.EscalationSkipped, null, $"Escalation to '{escalation.Name}' failed: {failed.Message}"));
                }
            }

            var cost = CostCalculator.Total(calls);
            settled = true;
            await SettleAsync(limit, request.Workflow, day, cost, releaseDraft: false, CancellationToken.None);
            var result = Result(request, run, calls, promptVersion, flags, timeProvider.GetElapsedTime(started));
            if (result.IsEligibleForApproval)
            {
                cache.Set(cacheKey, result);
            }

            Log.Drafted(logger, request.Workflow, run.Endpoint.Name, run.Endpoint.Model, result.Verdict, result.Attempts, result.Usage.InputTokens, result.Usage.OutputTokens, result.Cost);
            return result;
        }
        finally
        {
            if (!settled)
            {
                // No draft came of it: its place in the day's allowance is given back; what the calls cost stays spent.
                await SettleAsync(limit, request.Workflow, day, CostCalculator.Total(calls), releaseDraft: true, CancellationToken.None);
            }
        }
    }

    private async Task RunAsync(GateRun run, DraftRequest request, List<ModelCall> calls, CancellationToken cancellationToken = default)
    {
        try
        {
            await kernel.RunAsync(run, request, cancellationToken);
        }
        catch (ModelCallFailedException failed) when (failed.Failure is { } failure)
        {
            calls.AddRange(run.Calls);
            throw Failed(run.Endpoint, failure, failed, [.. calls]);
        }
        catch (OperationCanceledException)
        {
            calls.AddRange(run.Calls);
            throw;
        }

        calls.AddRange(run.Calls);
    }

    // Settled even when the person's request was cancelled: the calls were made and their cost is real. Spend is only
    // kept where a limit reads it; what every call cost is in the ledger either way.
    private Task SettleAsync(DailyLimit limit, string workflow, DateOnly day, decimal cost, bool releaseDraft, CancellationToken cancellationToken = default) =>
        limit.IsUnlimited || (limit.Cost is null && !releaseDraft)
            ? Task.CompletedTask
            : budget.SettleAsync(workflow, day, cost, releaseDraft, cancellationToken);

    /// <summary>The escalation endpoint when the policy allows it and its clearance covers the evidence; otherwise a flag says why not.</summary>
    private static ModelEndpointOptions? Escalation(Routing.EndpointRoute route, DraftRequest request, List<DraftFlag> flags)
    {
        if (route.Escalation is not { } escalation)
        {
            return null;
        }

        if (!EndpointAllowance.IsAllowed(request, escalation))
        {
            flags.Add(new DraftFlag(DraftFlag.EscalationSkipped, null, $"Escalation to '{escalation.Name}' is not allowed by the {request.Workflow} policy; it was not used."));
            return null;
        }

        if (ClearanceGuard.FirstAboveClearance(request.Evidence, escalation) is { } tooSensitive)
        {
            flags.Add(new DraftFlag(DraftFlag.EscalationSkipped, tooSensitive.Id, ClearanceGuard.Describe(tooSensitive, escalation)));
            return null;
        }

        return escalation;
    }

    private static DraftingException Failed(ModelEndpointOptions endpoint, ModelFailure failure, Exception cause, IReadOnlyList<ModelCall> calls)
    {
        var message = failure.Fault switch
        {
            ModelFault.RateLimited => $"Model endpoint '{endpoint.Name}' is rate-limiting us ({failure.Detail}).",
            ModelFault.Unavailable => $"Model endpoint '{endpoint.Name}' is not available ({failure.Detail}).",
            ModelFault.TimedOut => $"Model endpoint '{endpoint.Name}' gave no answer in time ({failure.Detail}).",
            ModelFault.Unreachable => $"Model endpoint '{endpoint.Name}' cannot be reached ({failure.Detail}); check {endpoint.SettingPath}:BaseUrl and the network.",
            ModelFault.Malformed => $"Model endpoint '{endpoint.Name}' answered with something that is not a chat completion; check that {endpoint.SettingPath} points at a chat-completions API.",
            ModelFault.ContentFiltered => $"Model endpoint '{endpoint.Name}' refused: {failure.Detail}. Nothing was drafted; rephrase the request or leave out the source that trips the filter.",
            ModelFault.EmptyReply => $"Model endpoint '{endpoint.Name}' answered with no text.",
            _ => $"Model endpoint '{endpoint.Name}' refused the call ({failure.Detail}); check {endpoint.SettingPath}'s key, model and address.",
        };
        var keep = ModelFaults.KeepRequest(failure.Fault);
        return new DraftingException(DraftingErrorKind.EndpointFailed, message + " No draft was made.", cause)
        {
            Fault = failure.Fault,
            RetryAfter = keep ? failure.RetryAfter ?? TimeSpan.FromSeconds(30) : null,
            Calls = calls,
        };
    }

    private void Refusing(DraftRequest request, Action check)
    {
        try
        {
            check();
        }
        catch (DraftingException refused)
        {
            Log.Refused(logger, request.Workflow, refused.Kind.ToString());
            throw;
        }
    }

    private static DraftResult FromCache(DraftResult cached, ModelEndpointOptions primary, List<DraftFlag> flags) => cached with
    {
        Attempts = 0,
        Usage = DraftUsage.None,
        Cost = 0m,
        Latency = TimeSpan.Zero,
        Flags = [.. flags, new DraftFlag(DraftFlag.Cached, null, "Served from the draft cache; no model was called.")],
        Calls = [new ModelCall(primary.Name, primary.Model, ModelCallPurpose.Draft, DraftUsage.None, 0m, TimeSpan.Zero, Cached: true)],
    };

    private static DraftResult Result(DraftRequest request, GateRun run, List<ModelCall> calls, string promptVersion, List<DraftFlag> flags, TimeSpan latency)
    {
        var check = run.LastCheck ?? throw new InvalidOperationException("The gate returned without checking a draft.");
        var usage = calls.Aggregate(DraftUsage.None, (sum, c) => sum.Add(c.Usage));
        return new DraftResult(request.Workflow, run.Draft, check, calls.Count, promptVersion,
            run.Endpoint.Model, run.Endpoint.Name, run.Endpoint.Owner, usage, CostCalculator.Total(calls), latency, flags)
        {
            Calls = calls,
        };
    }
}
