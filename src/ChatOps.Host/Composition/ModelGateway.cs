using ChatOps.Drafting;
using ChatOps.Host.Settings;
using Microsoft.Extensions.Options;

namespace ChatOps.Host.Composition;

/// <summary>
/// The host as the governed model gateway: drafting reads the named endpoints (and the <c>Model:*</c> shortcut) from the
/// host's settings, keeps its daily budgets in the ledger's database so every instance shares them, and refuses to
/// start when the policy names a workflow no configured endpoint can draft for.
/// </summary>
internal static class ModelGateway
{
    public static IServiceCollection AddModelGateway(this IServiceCollection services)
    {
        // The ledger store (added before this) serves the shared budget; drafting only adds its in-process budget when none is there.
        services.AddChatOpsDrafting(o => o.PromptsDirectory = Path.Combine(AppContext.BaseDirectory, "prompts"));
        services.AddOptions<DraftingOptions>()
            .Configure<IConfiguration>((options, configuration) => DraftingConfiguration.Apply(configuration, options, Environment.GetEnvironmentVariable));
        services.AddSingleton<IValidateOptions<DraftingOptions>, DraftingPolicyValidator>();
        services.AddHostedService<ModelGatewayReport>();
        return services;
    }
}
