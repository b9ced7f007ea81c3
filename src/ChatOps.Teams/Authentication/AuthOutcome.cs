namespace ChatOps.Teams.Authentication;

/// <summary>The verdict on a request: allowed (with the token, or anonymous in Emulator mode), 401 or 403, and why (logged, never sent).</summary>
internal sealed record AuthOutcome(int StatusCode, string Reason, ChannelToken? Token)
{
    public bool Succeeded => StatusCode == 200;

    public static AuthOutcome Allowed(ChannelToken? token) => new(200, "ok", token);

    /// <summary>No usable credentials: missing or malformed header, bad signature, expired, unknown issuer or key.</summary>
    public static AuthOutcome Unauthenticated(string reason) => new(401, reason, null);

    /// <summary>A valid token that is not for this bot, this channel, this serviceUrl or an allowed tenant.</summary>
    public static AuthOutcome Forbidden(string reason) => new(403, reason, null);
}
