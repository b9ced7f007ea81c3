namespace ChatOps.Slack.Inbound;

/// <summary>What Slack is told at once: nothing (an empty 200), a short reply to a command, or errors on a modal's inputs.</summary>
public sealed record InboxResult
{
    /// <summary>Accepted; Slack gets an empty 200.</summary>
    public static InboxResult Accepted { get; } = new();

    /// <summary>A repeat of a delivery the durable inbox already holds (Slack's retry): Slack gets an empty 200 and nothing runs again.</summary>
    public static InboxResult Duplicate { get; } = new() { IsDuplicate = true };

    /// <summary>True when the delivery was already taken, here or at another instance, before or after a restart.</summary>
    public bool IsDuplicate { get; private init; }

    /// <summary>For a slash command: text shown at once to the person only (for example help).</summary>
    public string? Reply { get; init; }

    /// <summary>For a modal: messages by input id; the modal stays open showing them.</summary>
    public IReadOnlyDictionary<string, string>? InputErrors { get; init; }
}
