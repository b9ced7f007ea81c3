namespace ChatOps.Slack.Cards;

/// <summary>A modal's <c>private_metadata</c> (JSON, at most 3,000 characters): which action it completes, and where the card is.</summary>
public sealed record SlackModalState(
    string Verb,
    IReadOnlyDictionary<string, string> Data,
    string ChannelId,
    string? ThreadTs,
    string? MessageTs,
    string InputId);
