using Microsoft.IdentityModel.Tokens;

namespace ChatOps.Teams.Authentication;

/// <summary>One fetch of the channel's signing keys with each key's endorsements; a higher generation is a later fetch.</summary>
internal sealed record BotSigningMetadata(
    IReadOnlyList<SecurityKey> SigningKeys,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Endorsements,
    long Generation)
{
    public bool HasKey(string kid) => SigningKeys.Any(k => string.Equals(k.KeyId, kid, StringComparison.Ordinal));
}
