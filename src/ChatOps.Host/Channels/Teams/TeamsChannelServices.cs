using ChatOps.Core.Channels;
using ChatOps.Teams.Inbound;

namespace ChatOps.Host.Channels.Teams;

/// <summary>Registers the Teams adapter (configured from <c>Teams:*</c>) and the host's bridge to it.</summary>
internal static class TeamsChannelServices
{
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddChatOpsTeams(configuration);
        services.AddSingleton<TeamsPeopleDirectory>();
        services.AddSingleton<TeamsCardViews>();
        services.AddSingleton<TeamsReplyChannel>();
        services.AddSingleton<IReplyChannel>(sp => sp.GetRequiredService<TeamsReplyChannel>());
        services.AddSingleton<ITeamsInbox, TeamsInboxBridge>();
        return services;
    }
}
