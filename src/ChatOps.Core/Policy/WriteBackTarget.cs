namespace ChatOps.Core.Policy;

/// <summary>Where approved text is written back: a target kind and its settings (never a secret, only the name of one).</summary>
public sealed record WriteBackTarget(string Kind, IReadOnlyDictionary<string, string> Settings)
{
    public const string None = "none";
    public const string Journal = "journal";
    public const string GitHub = "github";
    public const string Jira = "jira";
    public const string Webhook = "webhook";

    /// <summary>Every target kind the policy may name.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [None, Journal, GitHub, Jira, Webhook];

    /// <summary>No write-back.</summary>
    public static WriteBackTarget Nowhere { get; } = new(None, new Dictionary<string, string>());

    public string? Setting(string name) => Settings.TryGetValue(name, out var value) ? value : null;
}
