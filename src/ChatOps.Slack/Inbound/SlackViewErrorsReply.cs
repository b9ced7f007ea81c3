namespace ChatOps.Slack.Inbound;

/// <summary>The answer to a <c>view_submission</c> that keeps the modal open with errors by block id.</summary>
public sealed record SlackViewErrorsReply(IReadOnlyDictionary<string, string> Errors)
{
    public string ResponseAction { get; init; } = "errors";
}
