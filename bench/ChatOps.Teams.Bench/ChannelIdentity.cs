using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatOps.Teams.Bench;

/// <summary>
/// Stands in for login.botframework.com: one RSA signing key, published as OpenID metadata and a JWKS endorsed for
/// msteams, and the channel token the Bot Connector would put on every request.
/// </summary>
internal sealed class ChannelIdentity : IDisposable
{
    public const string Issuer = "https://api.botframework.com";

    private readonly RSA rsa = RSA.Create(2048);
    private readonly RsaSecurityKey key;

    public ChannelIdentity() => key = new RsaSecurityKey(rsa) { KeyId = Guid.NewGuid().ToString("N") };

    public static string Metadata(Uri jwksUri) => new JsonObject
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = "https://invalid.example/authorize",
        ["jwks_uri"] = jwksUri.AbsoluteUri,
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    }.ToJsonString();

    public string Jwks()
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = new JsonArray("msteams"),
        };
        return new JsonObject { ["keys"] = new JsonArray(jwk) }.ToJsonString();
    }

    /// <summary>A token for <paramref name="appId"/> bound to <paramref name="serviceUrl"/>, valid for <paramref name="lifetime"/>.</summary>
    public string Mint(string appId, string serviceUrl, TimeSpan lifetime)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = appId,
            IssuedAt = now,
            NotBefore = now.AddMinutes(-1),
            Expires = now + lifetime,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    public void Dispose() => rsa.Dispose();
}
