using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ChatOps.Teams.Bench;

/// <summary>
/// The https OpenID Connect issuer the host's MSAL asks for outbound tokens (MSAL refuses plain-http authorities).
/// Its certificate is self-signed for 127.0.0.1; the host trusts it through <c>SSL_CERT_FILE</c>, not through code.
/// </summary>
internal static class TokenAuthority
{
    public const string Tenant = "bench-tenant";

    public static X509Certificate2 CreateCertificate(TimeSpan lifetime)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow + lifetime);

        // Kestrel needs the private key in a form it can use on Linux; a PKCS#12 round trip gives that.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    public static Dictionary<string, object> Discovery(string authority) => new()
    {
        ["issuer"] = authority,
        ["token_endpoint"] = authority + "/oauth2/v2.0/token",
        ["authorization_endpoint"] = authority + "/oauth2/v2.0/authorize",
        ["jwks_uri"] = authority + "/keys",
    };

    public static Dictionary<string, object> Token(int n) => new()
    {
        ["token_type"] = "Bearer",
        ["expires_in"] = 3600,
        ["ext_expires_in"] = 3600,
        ["access_token"] = $"bench-access-token-{n}",
    };
}
