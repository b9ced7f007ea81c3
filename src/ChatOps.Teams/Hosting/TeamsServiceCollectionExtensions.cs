using ChatOps.Core.Channels;
using ChatOps.Teams;
using ChatOps.Teams.Authentication;
using ChatOps.Teams.Cards;
using ChatOps.Teams.Endpoints;
using ChatOps.Teams.Inbound;
using ChatOps.Teams.Outbound;
using ChatOps.Teams.People;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Teams adapter: options, inbound authentication, the message handler, the Connector client.</summary>
public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// Everything of the Teams channel for a host: <see cref="AddChatOpsTeams"/>, and the channel's side of the core's
    /// ports: activities handed to the core (<see cref="ITeamsInbox"/>), answers delivered (<see cref="IReplyChannel"/>),
    /// and the people directory that finds approvers' Teams ids. The host then calls <c>app.MapTeams()</c>.
    /// </summary>
    public static IServiceCollection AddTeams(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddChatOpsTeams(configuration);
        services.TryAddSingleton<TeamsPeopleDirectory>();
        services.TryAddSingleton<TeamsCardViews>();
        services.TryAddSingleton<TeamsReplyChannel>();
        services.AddSingleton<IReplyChannel>(sp => sp.GetRequiredService<TeamsReplyChannel>());
        services.TryAddSingleton<ITeamsInbox, TeamsInboxBridge>();
        return services;
    }

    /// <summary>
    /// Binds and validates <c>Teams:*</c> at start-up and registers the wire protocol <c>MapTeams()</c> needs, except
    /// <see cref="ITeamsInbox"/>: <see cref="AddTeams"/> adds the core's, a test its own.
    /// </summary>
    public static IServiceCollection AddChatOpsTeams(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TeamsOptions>()
            .Bind(configuration.GetSection(TeamsOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(TeamsHttpClients.OpenIdMetadata);
        services.AddHttpClient(TeamsHttpClients.TokenAuthority);
        services.AddHttpClient(TeamsHttpClients.Connector).AddHttpMessageHandler<ConnectorRetryHandler>();
        services.TryAddTransient<ConnectorRetryHandler>();

        services.TryAddSingleton<BotSigningKeySource>();
        services.TryAddSingleton<BotTokenValidator>();
        services.TryAddSingleton<TeamsRequestAuthenticator>();
        services.TryAddSingleton<TeamsMessagesHandler>();

        services.TryAddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        services.TryAddSingleton<ITeamsConnector, TeamsConnector>();
        return services;
    }
}
