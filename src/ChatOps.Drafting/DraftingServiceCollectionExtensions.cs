using ChatOps.Core.Checking;
using ChatOps.Core.Drafting;
using ChatOps.Drafting;
using ChatOps.Drafting.Cost;
using ChatOps.Drafting.Providers;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ChatOps drafting (Semantic Kernel, the gate, providers, budgets, cache) behind <see cref="IDraftingService"/>.</summary>
public static class DraftingServiceCollectionExtensions
{
    /// <remarks>Budgets are kept in this process unless an <see cref="IDraftingBudget"/> is registered first (the host's is the ledger's database).</remarks>
    public static IServiceCollection AddChatOpsDrafting(this IServiceCollection services, Action<DraftingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<DraftingOptions>()
            .Configure(o => configure?.Invoke(o))
            .PostConfigure(EnsureOfflineEndpoint)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DraftingOptions>, DraftingOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ICiteFirstChecker, CiteFirstChecker>();
        services.TryAddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.TryAdd(ServiceDescriptor.Singleton(typeof(ILogger<>), typeof(Logger<>)));
        services.TryAddSingleton<IDraftingBudget, InMemoryDraftingBudget>();
        services.TryAddSingleton<DraftCache>();
        services.TryAddSingleton<IChatServiceSource, ConfiguredChatServiceSource>();
        services.TryAddSingleton<DraftingKernel>();
        services.TryAddSingleton<IDraftingService, SemanticKernelDrafter>();
        return services;
    }

    // The embedded drafter is always there, so the product runs with no model and no network.
    private static void EnsureOfflineEndpoint(DraftingOptions options)
    {
        if (options.FindEndpoint(ModelProviders.Offline) is null)
        {
            options.Endpoints.Add(ModelEndpointOptions.CreateOffline());
        }
    }
}
