using ChatOps.Teams;
using ChatOps.Teams.Authentication;
using ChatOps.Teams.Endpoints;
using ChatOps.Teams.Inbound;
using ChatOps.Teams.Outbound;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Teams adapter: options, inbound authentication, the message handler, the Connector client.</summary>
public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <c>Teams:*</c> at start-up and registers everything <c>MapTeams()</c> needs except
    /// <see cref="ITeamsInbox"/>, which the host provides.
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
        services.TryAddSingleton<IActivityDeduplicator>(sp => new InMemoryActivityDeduplicator(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<TeamsMessagesHandler>();

        services.TryAddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        services.TryAddSingleton<ITeamsConnector, TeamsConnector>();
        return services;
    }
}
