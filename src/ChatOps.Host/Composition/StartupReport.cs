using ChatOps.Host.Console;
using ChatOps.Host.Settings;
using ChatOps.Slack;
using ChatOps.Teams;
using ChatOps.Teams.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ChatOps.Host.Composition;

/// <summary>What the host says once it listens: where, which channels and local surfaces are on, and whether it answers requests.</summary>
internal static class StartupReport
{
    public static IEnumerable<string> Lines(IServiceProvider services)
    {
        var addresses = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToArray() ?? [];
        var console = services.GetRequiredService<ConsoleAccess>();
        if (console.Enabled)
        {
            foreach (var url in addresses)
            {
                yield return $"ChatOps console: {url}/ (answers requests made directly on this machine only)";
            }
        }
        else
        {
            yield return $"ChatOps console: off ({console.WhyOff})";
        }

        var slack = services.GetRequiredService<IOptions<SlackOptions>>().Value;
        yield return slack.IsConfigured ? "Slack: on (/slack/events, /slack/commands, /slack/interactive; every request signature-checked)" : "Slack: off (set Slack:SigningSecret and Slack:BotToken)";

        var teams = services.GetRequiredService<IOptions<TeamsOptions>>().Value;
        yield return teams switch
        {
            { IsAuthenticationEnabled: true } => "Teams: on (/api/messages; every request's Bot Framework token checked)",
            { IsEmulatorOn: false } => "Teams: off (set Teams:AppId and Teams:AppPassword; Emulator mode is off because Teams:Emulator is false or Slack is configured)",
            _ when !LocalRequests.AreLoopbackOnly(addresses) => $"Teams Emulator mode: off (the host listens on {string.Join(", ", addresses)}, not on loopback alone; set Teams:AppId to authenticate)",
            _ => "Teams Emulator mode: on (/api/messages takes unauthenticated requests made directly on this machine; set Teams:AppId for Teams itself)",
        };

        var inbox = services.GetRequiredService<IOptions<InboxSettings>>().Value;
        if (!inbox.Workers)
        {
            yield return "Inbox workers: off (Inbox:Workers=false: this instance accepts and enqueues requests; instances with workers on answer them)";
        }
    }
}
