using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatOps.Teams.Tests.TestSupport;

/// <summary>
/// Stands in for login.botframework.com: serves OpenID metadata and a JWKS (with endorsements) on loopback, and
/// mints channel tokens with its RSA keys. Keys can be rolled over while it runs.
/// </summary>
internal sealed class FakeChannelIdentity : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";

    private readonly Lock gate = new();
    private List<(RsaSecurityKey Key, string[] Endorsements)> served = [];
    private LoopbackServer? server;
    private int keyFetches;

    public string MetadataUrl => new Uri(server!.BaseAddress, "v1/.well-known/openidconfiguration").AbsoluteUri;

    public int KeyFetches => Volatile.Read(ref keyFetches);

    public static async Task<FakeChannelIdentity> StartAsync()
    {
        var identity = new FakeChannelIdentity();
        identity.server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext context) => Results.Text(identity.Metadata(), "application/json"));
            app.MapGet("/v1/.well-known/keys", () =>
            {
                Interlocked.Increment(ref identity.keyFetches);
                return Results.Text(identity.Jwks(), "application/json");
            });
        });
        return identity;
    }

    /// <summary>Creates a new RSA key; it is served only once <see cref="Serve"/> says so.</summary>
    public static RsaSecurityKey NewKey() => new(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N") };

    /// <summary>Replaces the served key set (a key rollover).</summary>
    public void Serve(params (RsaSecurityKey Key, string[] Endorsements)[] keys)
    {
        lock (gate)
        {
            served = [.. keys];
        }
    }

    public static string Mint(RsaSecurityKey key, TokenClaims claims, string algorithm = SecurityAlgorithms.RsaSha256) =>
        Mint(new SigningCredentials(key, algorithm), claims);

    public static string Mint(SigningCredentials credentials, TokenClaims claims)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = claims.Issuer,
            Audience = claims.Audience,
            NotBefore = claims.NotBefore.UtcDateTime,
            Expires = claims.Expires.UtcDateTime,
            IssuedAt = claims.NotBefore.UtcDateTime,
            Claims = claims.ServiceUrl is null ? null : new Dictionary<string, object> { ["serviceurl"] = claims.ServiceUrl },
            SigningCredentials = credentials,
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>A token over <paramref name="payloadJson"/> exactly as written (repeated claims, odd shapes), signed RS256 by <paramref name="key"/>.</summary>
    public static string MintRaw(RsaSecurityKey key, string payloadJson)
    {
        var header = new JsonObject { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = key.KeyId }.ToJsonString();
        var signed = $"{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(header))}.{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payloadJson))}";
        var signature = key.Rsa.SignData(Encoding.ASCII.GetBytes(signed), System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        return $"{signed}.{Base64UrlEncoder.Encode(signature)}";
    }

    /// <summary>An unsigned token (<c>alg: none</c>) naming a served key.</summary>
    public static string MintUnsigned(string kid, TokenClaims claims)
    {
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = kid };
        var payload = new JsonObject
        {
            ["iss"] = claims.Issuer,
            ["aud"] = claims.Audience,
            ["nbf"] = claims.NotBefore.ToUnixTimeSeconds(),
            ["exp"] = claims.Expires.ToUnixTimeSeconds(),
            ["serviceurl"] = claims.ServiceUrl,
        };
        return $"{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(header.ToJsonString()))}.{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload.ToJsonString()))}.";
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    private string Metadata() => new JsonObject
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = "https://invalid.example/authorize",
        ["jwks_uri"] = new Uri(server!.BaseAddress, "v1/.well-known/keys").AbsoluteUri,
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    }.ToJsonString();

    private string Jwks()
    {
        lock (gate)
        {
            var keys = served.Select(k =>
            {
                var parameters = k.Key.Rsa.ExportParameters(includePrivateParameters: false);
                return (JsonNode)new JsonObject
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = k.Key.KeyId,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                    ["endorsements"] = new JsonArray([.. k.Endorsements.Select(e => (JsonNode)e)]),
                };
            });
            return new JsonObject { ["keys"] = new JsonArray([.. keys]) }.ToJsonString();
        }
    }
}
