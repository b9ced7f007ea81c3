using ChatOps.Core.Channels;
using ChatOps.Core.Conversations;
using ChatOps.Slack;
using ChatOps.Slack.Authentication;
using ChatOps.Slack.Cards;
using ChatOps.Slack.Endpoints;
using ChatOps.Slack.Inbound;
using ChatOps.Slack.Outbound;
using ChatOps.Slack.People;
using ChatOps.Slack.Threads;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Slack adapter: options from <c>Slack:*</c>, verification, endpoints' services, the Web API client and the renderer.</summary>
public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// Everything of the Slack channel for a host: <see cref="AddChatOpsSlack"/>, and the channel's side of the core's
    /// ports: deliveries handed to the core (<see cref="ISlackInbox"/>: card clicks decided at once through the core's
    /// <see cref="CardClicks"/>, the rest kept on its inbox), answers delivered (<see cref="IReplyChannel"/>),
    /// the thread so far read as evidence (<see cref="IThreadHistory"/>), user groups and names. The host then calls <c>app.MapSlack()</c>.
    /// </summary>
    public static IServiceCollection AddSlack(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddChatOpsSlack(configuration);
        services.TryAddSingleton<SlackInboxBridge>();
        services.TryAddSingleton<ISlackInbox, SlackClickBridge>();
        services.TryAddSingleton<SlackBotIdentity>();
        services.AddSingleton<IReplyChannel, SlackReplyChannel>();
        services.AddSingleton<IThreadHistory, SlackThreadHistory>();
        services.TryAddSingleton<IGroupDirectory, SlackGroupDirectory>();
        services.TryAddSingleton<IChannelNames, SlackChannelNames>();
        return services;
    }

    /// <summary>The wire protocol alone: a test adds its own <see cref="ISlackInbox"/> (which also finds repeats) and calls <c>app.MapSlack()</c>.</summary>
    public static IServiceCollection AddChatOpsSlack(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SlackOptions>().Bind(configuration.GetSection(SlackOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SlackRequestVerifier>();
        services.TryAddSingleton<SlackRateLimitGate>();
        services.TryAddSingleton<BlockKitRenderer>();
        services.AddHttpClient<ISlackWebApi, SlackWebApiClient>();
        services.TryAddSingleton<SlackSignedRequestReader>();
        services.TryAddSingleton<SlackInboxDispatcher>();
        services.TryAddScoped<SlackModalOpener>();
        services.TryAddSingleton<SlackEventsEndpoint>();
        services.TryAddScoped<SlackCommandsEndpoint>();
        services.TryAddScoped<SlackInteractiveEndpoint>();
        return services;
    }
}
