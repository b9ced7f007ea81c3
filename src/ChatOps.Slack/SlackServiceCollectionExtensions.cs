using ChatOps.Slack;
using ChatOps.Slack.Api;
using ChatOps.Slack.Endpoints;
using ChatOps.Slack.Inbound;
using ChatOps.Slack.Rendering;
using ChatOps.Slack.Verification;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Slack adapter: options from <c>Slack:*</c>, verification, endpoints' services, the Web API client and the renderer.</summary>
public static class SlackServiceCollectionExtensions
{
    /// <summary>The host adds its <see cref="ISlackInbox"/> and calls <c>app.MapSlack()</c>; it may replace <see cref="ISlackDeliveryLog"/> first.</summary>
    public static IServiceCollection AddChatOpsSlack(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SlackOptions>().Bind(configuration.GetSection(SlackOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SlackRequestVerifier>();
        services.TryAddSingleton<ISlackDeliveryLog, MemorySlackDeliveryLog>();
        services.TryAddSingleton<SlackRateLimitGate>();
        services.TryAddSingleton<BlockKitRenderer>();
        services.AddHttpClient<ISlackWebApi, SlackWebApiClient>();
        services.TryAddSingleton<SlackSignedRequestReader>();
        services.TryAddScoped<SlackInboxDispatcher>();
        services.TryAddScoped<SlackModalOpener>();
        services.TryAddScoped<SlackEventsEndpoint>();
        services.TryAddScoped<SlackCommandsEndpoint>();
        services.TryAddScoped<SlackInteractiveEndpoint>();
        return services;
    }
}
