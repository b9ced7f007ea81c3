namespace ChatOps.Teams;

/// <summary>The <c>Teams</c> configuration section: who the bot is, which tenants may use it, where keys and tokens come from.</summary>
public sealed class TeamsOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Teams";

    /// <summary>The public channel service's OpenID metadata, whose keys sign the tokens the Bot Connector sends.</summary>
    public const string PublicOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Microsoft App ID (Entra application id) of the bot; empty means local Emulator mode (loopback only).</summary>
    public string? AppId { get; set; }

    /// <summary>Client secret for outbound tokens; required with an app id. Never logged.</summary>
    public string? AppPassword { get; set; }

    /// <summary>Entra tenant of a single-tenant bot; empty for a multi-tenant bot.</summary>
    public string? TenantId { get; set; }

    /// <summary>Teams tenants whose users may talk to the bot; empty allows every tenant.</summary>
    public IList<string> AllowedTenants { get; } = [];

    /// <summary>Where the channel service's signing keys are published.</summary>
    public string OpenIdMetadataUrl { get; set; } = PublicOpenIdMetadataUrl;

    /// <summary>Authority for outbound tokens; empty means Microsoft Entra for botframework.com or <see cref="TenantId"/>.</summary>
    public string? Authority { get; set; }

    /// <summary>Retries of Bot Connector calls on throttling and server errors.</summary>
    public TeamsRetryOptions Retry { get; set; } = new();

    /// <summary>
    /// Emulator mode when no app id is set: unauthenticated requests from a person at this machine (the host listens
    /// on loopback alone, the peer is loopback, no proxy relayed it). Unset, the host turns it on only when no other
    /// channel (Slack) is configured; <c>false</c> refuses every request until an app id is set.
    /// </summary>
    public bool? Emulator { get; set; }

    /// <summary>True when no app id is configured and Emulator mode is not turned off.</summary>
    public bool IsEmulatorOn => !IsAuthenticationEnabled && Emulator != false;

    /// <summary>True when an app id is configured, so every request must carry a valid channel token.</summary>
    public bool IsAuthenticationEnabled => !string.IsNullOrWhiteSpace(AppId);

    /// <summary>The authority outbound tokens are requested from, after defaults.</summary>
    public string EffectiveAuthority =>
        !string.IsNullOrWhiteSpace(Authority) ? Authority
        : !string.IsNullOrWhiteSpace(TenantId) ? $"https://login.microsoftonline.com/{TenantId}"
        : "https://login.microsoftonline.com/botframework.com";
}
