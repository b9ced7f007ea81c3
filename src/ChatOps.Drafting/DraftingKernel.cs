using ChatOps.Core.Checking;
using ChatOps.Core.Drafting;
using ChatOps.Drafting.Gate;
using ChatOps.Drafting.Prompts;
using ChatOps.Drafting.Providers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace ChatOps.Drafting;

/// <summary>The Semantic Kernel that drafts: one chat service per endpoint, the gate filter, and the prompt functions.</summary>
internal sealed class DraftingKernel
{
    private readonly Kernel kernel;

    public DraftingKernel(IOptions<DraftingOptions> options, ICiteFirstChecker checker, IChatServiceSource chatServices, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(chatServices);
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton(loggerFactory);
        foreach (var endpoint in settings.Endpoints)
        {
            builder.Services.AddKeyedSingleton(ServiceKey(endpoint), chatServices.Create(endpoint));
        }

        builder.Services.AddSingleton<IFunctionInvocationFilter>(new CiteFirstGateFilter(checker));
        builder.Services.AddSingleton<IPromptRenderFilter>(new EvidencePlacementFilter());
        kernel = builder.Build();
        Prompts = PromptLibrary.Load(kernel, settings.PromptsDirectory);
    }

    public PromptLibrary Prompts { get; }

    /// <summary>Runs one workflow's prompt on one endpoint through the gate, with up to <paramref name="maxRepairRounds"/> repairs.</summary>
    public async Task<GateRun> RunAsync(ModelEndpointOptions endpoint, DraftRequest request, int maxRepairRounds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(request);
        var function = Prompts.FunctionFor(request.Workflow);
        var executionSettings = function.ExecutionSettings?.GetValueOrDefault(PromptExecutionSettings.DefaultServiceId)?.Clone()
            ?? new PromptExecutionSettings();
        executionSettings.ServiceId = ServiceKey(endpoint);
        var run = new GateRun(request.Evidence, request.Workflow, maxRepairRounds);
        var arguments = new KernelArguments(executionSettings)
        {
            ["evidence"] = EvidenceBlocks.Format(request.Evidence),
            ["request"] = request.Request,
            [GateRun.RepairArgument] = "",
            [GateRun.ArgumentName] = run,
        };
        try
        {
            await kernel.InvokeAsync(function, arguments, cancellationToken);
        }
        catch (Exception exception) when (EndpointFailure.IsEndpointFailure(exception, cancellationToken))
        {
            throw EndpointFailure.Wrap(exception, endpoint);
        }

        return run;
    }

    // A prefix keeps an endpoint named "default" from colliding with Semantic Kernel's own default service id.
    private static string ServiceKey(ModelEndpointOptions endpoint) => "chatops:" + endpoint.Name;
}
