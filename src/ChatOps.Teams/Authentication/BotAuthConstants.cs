using Microsoft.IdentityModel.Tokens;

namespace ChatOps.Teams.Authentication;

/// <summary>The fixed facts of Bot Framework channel tokens (protocols.md A).</summary>
internal static class BotAuthConstants
{
    /// <summary>The issuer of every token the Bot Connector sends, exactly (no trailing slash).</summary>
    public const string ChannelIssuer = "https://api.botframework.com";

    /// <summary>The claim binding a token to the serviceUrl of the activity it carries.</summary>
    public const string ServiceUrlClaim = "serviceurl";

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static readonly IReadOnlyList<string> AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    /// <summary>Key sets are refetched at least this often (the docs ask for daily).</summary>
    public static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromHours(12);

    /// <summary>An unknown <c>kid</c> forces a refetch at most this often, so forged kids cannot hammer the key endpoint.</summary>
    public static readonly TimeSpan UnknownKeyRefreshInterval = TimeSpan.FromMinutes(5);
}
