using System.Net;
using ChatOps.Teams.Inbound;
using ChatOps.Teams.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ChatOps.Teams.Authentication;

/// <summary>
/// Decides whether a request to <c>/api/messages</c> may be processed: first from its header (before the body is
/// read), then from the activity (audience, endorsement of its channel, its serviceUrl, its tenant).
/// </summary>
internal sealed class TeamsRequestAuthenticator(IOptions<TeamsOptions> options, BotTokenValidator validator)
{
    private readonly TeamsOptions settings = options.Value;

    public async Task<AuthOutcome> AuthenticateAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        string? header = context.Request.Headers.Authorization;
        if (!settings.IsAuthenticationEnabled)
        {
            // Emulator mode: no app id means nobody can be authenticated, so only this machine may talk to the bot.
            var remote = context.Connection.RemoteIpAddress;
            if (remote is null || !IPAddress.IsLoopback(remote))
            {
                return AuthOutcome.Unauthenticated("no app id configured and the request is not from loopback");
            }

            return header is null
                ? AuthOutcome.Allowed(null)
                : AuthOutcome.Unauthenticated("a token was sent but no app id is configured to check it against");
        }

        var parts = header?.Split(' ');
        if (parts is not { Length: 2 } || !string.Equals(parts[0], "Bearer", StringComparison.OrdinalIgnoreCase)
            || parts[1].Length == 0)
        {
            return AuthOutcome.Unauthenticated("missing or malformed Authorization header");
        }

        return await validator.ValidateAsync(parts[1], cancellationToken);
    }

    public AuthOutcome Authorize(AuthOutcome authenticated, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(authenticated);
        ArgumentNullException.ThrowIfNull(activity);
        if (authenticated.Token is { } token)
        {
            if (!token.Audiences.Contains(settings.AppId, StringComparer.Ordinal))
            {
                return AuthOutcome.Forbidden("token audience is not this bot's app id");
            }

            // A key without endorsements endorses nothing: fail closed.
            if (!token.IsEndorsedFor(activity.ChannelId))
            {
                return AuthOutcome.Forbidden($"signing key is not endorsed for channel '{activity.ChannelId}'");
            }

            // Compared raw, case-insensitively: normalising slashes would let a token for one URL answer another.
            if (token.ServiceUrl is null
                || !string.Equals(token.ServiceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
            {
                return AuthOutcome.Forbidden("serviceurl claim does not match the activity's serviceUrl");
            }
        }

        var tenant = ActivityTenant.Of(activity);
        if (settings.AllowedTenants.Count > 0
            && (tenant is null || !settings.AllowedTenants.Contains(tenant, StringComparer.OrdinalIgnoreCase)))
        {
            return AuthOutcome.Forbidden("tenant is not in Teams:AllowedTenants");
        }

        return authenticated;
    }
}
