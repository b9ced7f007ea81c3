using ChatOps.Core.Records;
using ChatOps.Records.Webhook;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers signed webhooks as a write-back target.</summary>
public static class WebhookServiceCollectionExtensions
{
    /// <summary>The webhook target. It has no settings of its own: the policy names each webhook's url and the environment variable holding its secret.</summary>
    public static IServiceCollection AddWebhookRecords(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(nameof(WebhookTarget));
        services.AddSingleton<IWriteBackTarget>(sp => new WebhookTarget(sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(WebhookTarget)), sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
