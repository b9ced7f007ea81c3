using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Teams.Tests.TestSupport;

/// <summary>
/// An OpenID Connect issuer on https loopback (MSAL refuses plain http authorities) that answers MSAL's
/// client-credentials request and counts the tokens it issued.
/// </summary>
internal sealed class FakeTokenAuthority : IAsyncDisposable
{
    private LoopbackServer server = null!;
    private int issued;

    public X509Certificate2 Certificate { get; } = CreateCertificate();

    public string Authority => new Uri(server.BaseAddress, "tenant-1").AbsoluteUri;

    public int TokensIssued => Volatile.Read(ref issued);

    public string? LastForm { get; private set; }

    public static async Task<FakeTokenAuthority> StartAsync()
    {
        var authority = new FakeTokenAuthority();
        authority.server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/tenant-1/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = authority.Authority,
                ["token_endpoint"] = authority.Authority + "/oauth2/v2.0/token",
                ["authorization_endpoint"] = authority.Authority + "/oauth2/v2.0/authorize",
                ["jwks_uri"] = authority.Authority + "/keys",
            }));
            app.MapPost("/tenant-1/oauth2/v2.0/token", async (HttpContext context) =>
            {
                var form = await context.Request.ReadFormAsync();
                authority.LastForm = string.Join('&', form.OrderBy(f => f.Key).Where(f => f.Key != "client_secret").Select(f => $"{f.Key}={f.Value}"));
                var n = Interlocked.Increment(ref authority.issued);
                return Results.Json(new Dictionary<string, object>
                {
                    ["token_type"] = "Bearer",
                    ["expires_in"] = 3600,
                    ["ext_expires_in"] = 3600,
                    ["access_token"] = $"test-access-token-{n}",
                });
            });
        }, httpsCertificate: authority.Certificate);
        return authority;
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private static X509Certificate2 CreateCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }
}
