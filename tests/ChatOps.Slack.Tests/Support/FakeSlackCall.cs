namespace ChatOps.Slack.Tests.Support;

/// <summary>One request the fake Web API received, with the (fake) time it arrived.</summary>
public sealed record FakeSlackCall(string Method, string Authorization, string ContentType, string Body, DateTimeOffset At);
