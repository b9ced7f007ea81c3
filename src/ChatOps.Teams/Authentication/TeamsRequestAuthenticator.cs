using ChatOps.Teams.Hosting;
using ChatOps.Teams.Inbound;
using ChatOps.Teams.Wire;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ChatOps.Teams.Authentication;

/// <summary>
/// Decides whether a request to <c>/api/messages</c> may be processed: first from its header (before the body is
/// read), then from the activity (audience, endorsement of its channel, its serviceUrl, its tenant).
/// </summary>
internal sealed class TeamsRequestAuthenticator(IOptions<TeamsOptions> options, BotTokenValidator validator, IServer? server = null)
{
    private readonly TeamsOptions settings = options.Value;
    private bool? listensOnLoopbackOnly;

    /// <summary>Whether unauthenticated requests may be taken at all: Emulator mode is on and the host listens on loopback alone.</summary>
    public bool EmulatorAllowed => settings.IsEmulatorOn && ListensOnLoopbackOnly();

    public async Task<AuthOutcome> AuthenticateAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var authorization = context.Request.Headers.Authorization;
        if (authorization.Count > 1)
        {
            return AuthOutcome.Unauthenticated("the Authorization header came more than once");
        }

        string? header = authorization.Count == 1 ? authorization[0] : null;
        if (!settings.IsAuthenticationEnabled)
        {
            // Emulator mode: no app id means nobody can be authenticated, so only a person at this machine may talk to
            // the bot: the host listens on loopback alone, the peer is loopback, and no proxy relayed the request.
            if (!settings.IsEmulatorOn)
            {
                return AuthOutcome.Unauthenticated("no app id configured and Emulator mode is off");
            }

            if (!ListensOnLoopbackOnly())
            {
                return AuthOutcome.Unauthenticated("no app id configured and the host listens on more than loopback");
            }

            if (!LocalRequests.IsDirectFromThisMachine(context))
            {
                return AuthOutcome.Unauthenticated("no app id configured and the request is not directly from this machine");
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
            // Exactly one audience, ours: a token made out to several apps could be another app's, replayed.
            if (!string.Equals(token.Audience, settings.AppId, StringComparison.Ordinal))
            {
                return AuthOutcome.Forbidden("token audience is not exactly this bot's app id");
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

    // Read once the server is listening (the first request comes after that); no server (a test's) counts as loopback.
    private bool ListensOnLoopbackOnly() => listensOnLoopbackOnly ??=
        server?.Features.Get<IServerAddressesFeature>()?.Addresses is not { Count: > 0 } addresses || LocalRequests.AreLoopbackOnly(addresses);
}
