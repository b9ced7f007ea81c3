using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatOps.Teams.Authentication;

/// <summary>Checks a channel token's signature, issuer, algorithm and lifetime against the channel's published keys.</summary>
internal sealed class BotTokenValidator(BotSigningKeySource keys, TimeProvider timeProvider)
{
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    public async Task<AuthOutcome> ValidateAsync(string token, CancellationToken cancellationToken = default)
    {
        JsonWebToken unvalidated;
        try
        {
            unvalidated = handler.ReadJsonWebToken(token);
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenException)
        {
            return AuthOutcome.Unauthenticated($"malformed token: {ex.GetType().Name}");
        }

        if (string.IsNullOrEmpty(unvalidated.Kid))
        {
            return AuthOutcome.Unauthenticated("token has no kid");
        }

        var metadata = await keys.GetAsync(cancellationToken);
        if (!metadata.HasKey(unvalidated.Kid))
        {
            metadata = await keys.RefreshForUnknownKeyAsync(unvalidated.Kid, cancellationToken);
        }

        var result = await handler.ValidateTokenAsync(token, Parameters(metadata));
        if (!result.IsValid)
        {
            return AuthOutcome.Unauthenticated($"token rejected: {result.Exception?.GetType().Name ?? "invalid"}");
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        if (!TokenPayload.HasUniqueClaims(jwt.EncodedPayload, out var audience))
        {
            return AuthOutcome.Unauthenticated("token repeats a claim");
        }

        jwt.TryGetPayloadValue<string>(BotAuthConstants.ServiceUrlClaim, out var serviceUrl);
        var endorsements = metadata.Endorsements.TryGetValue(jwt.Kid, out var channels) ? channels : [];
        return AuthOutcome.Allowed(new ChannelToken(audience, serviceUrl, endorsements));
    }

    private TokenValidationParameters Parameters(BotSigningMetadata metadata) => new()
    {
        ValidIssuer = BotAuthConstants.ChannelIssuer,
        ValidateIssuer = true,

        // The audience is checked after the signature so that a valid token for another bot is a 403, not a 401.
        ValidateAudience = false,
        IssuerSigningKeys = metadata.SigningKeys,
        TryAllIssuerSigningKeys = false,
        RequireSignedTokens = true,
        ValidAlgorithms = BotAuthConstants.AllowedAlgorithms,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = BotAuthConstants.ClockSkew,
        LifetimeValidator = IsWithinLifetime,
    };

    // TokenValidationParameters keeps its TimeProvider internal, so lifetime is checked here against ours.
    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        return expires is { } exp
            && now < exp.ToUniversalTime() + BotAuthConstants.ClockSkew
            && (notBefore is not { } nbf || now >= nbf.ToUniversalTime() - BotAuthConstants.ClockSkew);
    }
}
