namespace ChatOps.Slack;

/// <summary>The <c>Slack</c> configuration section: secrets to verify and call Slack, and where the Web API lives.</summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    /// <summary>The app's signing secret (Basic Information page); every inbound request is verified with it.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>The bot token (<c>xoxb-…</c>) for Web API calls.</summary>
    public string? BotToken { get; set; }

    /// <summary>The Web API base address; tests point it at a loopback server.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>How many times one Web API call is retried after a 429, a 5xx or a broken connection.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>True when either secret is set: the endpoints exist; otherwise they answer 404.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(SigningSecret) || !string.IsNullOrWhiteSpace(BotToken);
}
