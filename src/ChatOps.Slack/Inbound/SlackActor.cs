namespace ChatOps.Slack.Inbound;

/// <summary>Who spoke or clicked: a Slack user in a workspace (the policy maps these ids to people).</summary>
public sealed record SlackActor(string UserId, string TeamId);
