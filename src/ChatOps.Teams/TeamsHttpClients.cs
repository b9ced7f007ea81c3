namespace ChatOps.Teams;

/// <summary>Names of the <see cref="IHttpClientFactory"/> clients the adapter uses, so a host or test can configure them.</summary>
public static class TeamsHttpClients
{
    /// <summary>Fetches the channel's OpenID metadata and signing keys.</summary>
    public const string OpenIdMetadata = "ChatOps.Teams.OpenIdMetadata";

    /// <summary>MSAL's client for outbound tokens.</summary>
    public const string TokenAuthority = "ChatOps.Teams.TokenAuthority";

    /// <summary>Calls to the Bot Connector (with the retry handler).</summary>
    public const string Connector = "ChatOps.Teams.Connector";
}
