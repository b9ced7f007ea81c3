namespace ChatOps.Slack.Cards;

/// <summary>A modal for <c>views.open</c>: title, submit and close at most 24 characters, up to 100 blocks.</summary>
public sealed record SlackModalView(PlainText Title, IReadOnlyList<SlackBlock> Blocks)
{
    public string Type { get; init; } = "modal";

    public PlainText? Submit { get; init; }

    public PlainText? Close { get; init; }

    public string? CallbackId { get; init; }

    public string? PrivateMetadata { get; init; }
}
