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

    public DraftingKernel(IOptions<DraftingOptions> options, ICiteFirstChecker checker, IChatServiceSource chatServices, TimeProvider time, ILoggerFactory loggerFactory)
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

        builder.Services.AddSingleton<IFunctionInvocationFilter>(new CiteFirstGateFilter(checker, time, settings.MaxRetryWait));
        builder.Services.AddSingleton<IPromptRenderFilter>(new EvidencePlacementFilter());
        kernel = builder.Build();
        Prompts = PromptLibrary.Load(kernel, settings.PromptsDirectory);
    }

    public PromptLibrary Prompts { get; }

    /// <summary>Runs one workflow's prompt on the run's endpoint through the gate; the run holds every call, also when this throws.</summary>
    /// <exception cref="ModelCallFailedException">A call failed and no retry was left.</exception>
    public async Task RunAsync(GateRun run, DraftRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(request);
        var function = Prompts.FunctionFor(request.Workflow);
        var executionSettings = function.ExecutionSettings?.GetValueOrDefault(PromptExecutionSettings.DefaultServiceId)?.Clone()
            ?? new PromptExecutionSettings();
        executionSettings.ServiceId = ServiceKey(run.Endpoint);
        var arguments = new KernelArguments(executionSettings)
        {
            ["evidence"] = EvidenceBlocks.Format(request.Evidence),
            ["request"] = request.Request,
            [GateRun.RepairArgument] = "",
            [GateRun.ArgumentName] = run,
        };
        await kernel.InvokeAsync(function, arguments, cancellationToken);
    }

    // A prefix keeps an endpoint named "default" from colliding with Semantic Kernel's own default service id.
    private static string ServiceKey(ModelEndpointOptions endpoint) => "chatops:" + endpoint.Name;
}
