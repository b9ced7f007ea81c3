using ChatOps.Core.Drafting;
using ChatOps.Core.Workflows;
using ChatOps.Drafting.Cost;
using ChatOps.Drafting.Safety;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Drafting;

/// <summary>The drafting port on Semantic Kernel: cache, budget, clearance, gated drafting, escalation, cost.</summary>
internal sealed class SemanticKernelDrafter(
    DraftingKernel kernel, IOptions<DraftingOptions> options, DailyBudget budget, DraftCache cache, TimeProvider timeProvider,
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

        var settings = options.Value;
        var primary = settings.FindEndpoint(settings.DefaultEndpoint)!;
        var promptVersion = kernel.Prompts.VersionOf(request.Workflow);
        var cacheKey = DraftCacheKey.For(promptVersion, primary.Name, primary.Model, request.Evidence, request.Request);
        if (cache.TryGet(cacheKey, out var cached))
        {
            return cached! with { Flags = [.. cached.Flags, new DraftFlag(DraftFlag.Cached, null, "Served from the draft cache; no model was called.")] };
        }

        try
        {
            budget.EnsureAvailable(request.Workflow);
            ClearanceGuard.EnsureCleared(request.Evidence, primary);
        }
        catch (DraftingException refused)
        {
            Log.Refused(logger, request.Workflow, refused.Message);
            throw;
        }

        var started = timeProvider.GetTimestamp();
        var flags = new List<DraftFlag>(InjectionScanner.Scan(request.Evidence));
        foreach (var flag in flags)
        {
            Log.PossibleInjection(logger, request.Workflow, flag.SourceId);
        }

        var run = await kernel.RunAsync(primary, request, settings.MaxRepairRounds, cancellationToken);
        var (attempts, usage, cost, endpoint) = (run.Attempts, run.Usage, CostCalculator.Price(run.Usage, primary), primary);
        budget.Record(request.Workflow, cost);

        var escalation = settings.FindEndpoint(settings.EscalationEndpoint);
        if (run.LastCheck is { IsAccepted: false } && escalation is not null)
        {
            if (ClearanceGuard.FirstAboveClearance(request.Evidence, escalation) is { } tooSensitive)
            {
                flags.Add(new DraftFlag(DraftFlag.EscalationSkipped, tooSensitive.Id, ClearanceGuard.Describe(tooSensitive, escalation)));
            }
            else
            {
                Log.Escalating(logger, request.Workflow, primary.Name, escalation.Name);
                run = await kernel.RunAsync(escalation, request, maxRepairRounds: 0, cancellationToken);
                var escalationCost = CostCalculator.Price(run.Usage, escalation);
                budget.Record(request.Workflow, escalationCost);
                (attempts, usage, cost, endpoint) = (attempts + run.Attempts, usage.Add(run.Usage), cost + escalationCost, escalation);
            }
        }

        var check = run.LastCheck!;
        var result = new DraftResult(request.Workflow, run.Draft, check.Verdict, check.Findings, attempts, promptVersion,
            endpoint.Model, endpoint.Name, endpoint.Owner, usage, cost, timeProvider.GetElapsedTime(started), flags);
        cache.Set(cacheKey, result);
        Log.Drafted(logger, request.Workflow, endpoint.Name, endpoint.Model, check.Verdict, attempts, usage.InputTokens, usage.OutputTokens, cost);
        return result;
    }
}
