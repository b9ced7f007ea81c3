using ChatOps.Host.Settings;
using ChatOps.Slack;
using ChatOps.Teams;
using ChatOps.Teams.Hosting;
using Microsoft.Extensions.Options;

namespace ChatOps.Host.Console;

/// <summary>
/// Whether the console is served, and to whom. It has no login (a person picks who they are), so it is on by default
/// only for the embedded default, where no Slack or Teams channel is configured, and it answers only requests made
/// directly on this machine: from loopback, and never through a proxy (forwarding headers).
/// </summary>
internal sealed class ConsoleAccess(IOptions<ConsoleSettings> console, IOptions<SlackOptions> slack, IOptions<TeamsOptions> teams)
{
    /// <summary>True when <c>Console:Enabled</c> says so, or, unset, when no chat channel is configured.</summary>
    public bool Enabled { get; } = console.Value.Enabled ?? !(slack.Value.IsConfigured || teams.Value.IsAuthenticationEnabled);

    /// <summary>Why the console is off (for the start-up line), when it is.</summary>
    public string WhyOff => console.Value.Enabled == false
        ? "Console:Enabled is false"
        : $"{(slack.Value.IsConfigured ? "Slack" : "Teams")} is configured; set Console:Enabled=true to serve it on this machine";

    /// <summary>True when the console is on and this request was made directly on this machine.</summary>
    public bool Serves(HttpContext context) => Enabled && LocalRequests.IsDirectFromThisMachine(context);
}
