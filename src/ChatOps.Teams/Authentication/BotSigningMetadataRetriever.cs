using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ChatOps.Teams.Authentication;

/// <summary>Fetches the OpenID metadata, then its JWKS, and keeps keys and endorsements from the same fetch together.</summary>
internal sealed class BotSigningMetadataRetriever : IConfigurationRetriever<BotSigningMetadata>
{
    private long generation;

    public async Task<BotSigningMetadata> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(retriever);
        var metadataJson = await retriever.GetDocumentAsync(address, cancel);
        var metadata = OpenIdConnectConfiguration.Create(metadataJson);
        if (string.IsNullOrWhiteSpace(metadata.JwksUri))
        {
            throw new InvalidOperationException($"The OpenID metadata at {address} has no jwks_uri.");
        }

        var jwksJson = await retriever.GetDocumentAsync(metadata.JwksUri, cancel);
        var keySet = new JsonWebKeySet(jwksJson) { SkipUnresolvedJsonWebKeys = true };
        return new BotSigningMetadata(
            keySet.GetSigningKeys().ToArray(),
            JwksEndorsements.Parse(jwksJson),
            Interlocked.Increment(ref generation));
    }
}
