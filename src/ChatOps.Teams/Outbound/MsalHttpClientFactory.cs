using Microsoft.Identity.Client;

namespace ChatOps.Teams.Outbound;

/// <summary>Gives MSAL the named <see cref="TeamsHttpClients.TokenAuthority"/> client, so hosts and tests can configure its handler.</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => factory.CreateClient(TeamsHttpClients.TokenAuthority);
}
