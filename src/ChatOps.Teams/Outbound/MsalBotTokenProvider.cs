using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace ChatOps.Teams.Outbound;

/// <summary>
/// Client-credentials tokens for <c>https://api.botframework.com/.default</c> from one MSAL application per
/// process, whose app-token cache reuses a token until shortly before it expires.
/// </summary>
internal sealed class MsalBotTokenProvider : IBotTokenProvider
{
    public const string Scope = "https://api.botframework.com/.default";

    private readonly Lazy<IConfidentialClientApplication>? application;

    public MsalBotTokenProvider(IOptions<TeamsOptions> options, IHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        if (settings.IsAuthenticationEnabled)
        {
            application = new Lazy<IConfidentialClientApplication>(() => Build(settings, new MsalHttpClientFactory(httpClientFactory)));
        }
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        if (application is null)
        {
            return null;
        }

        var result = await application.Value.AcquireTokenForClient([Scope]).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }

    private static IConfidentialClientApplication Build(TeamsOptions settings, IMsalHttpClientFactory httpClientFactory)
    {
        var authority = settings.EffectiveAuthority;
        var builder = ConfidentialClientApplicationBuilder.Create(settings.AppId)
            .WithClientSecret(settings.AppPassword)
            .WithHttpClientFactory(httpClientFactory);

        // Entra authorities go through MSAL's Entra support; any other issuer (a test's, a sovereign proxy's) is read
        // from its OpenID Connect discovery document.
        return (IsEntra(authority) ? builder.WithAuthority(authority) : builder.WithOidcAuthority(authority)).Build();
    }

    private static bool IsEntra(string authority) =>
        new Uri(authority).Host is "login.microsoftonline.com" or "login.microsoftonline.us" or "login.chinacloudapi.cn";
}
