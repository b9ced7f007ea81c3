using ChatOps.Slack.Authentication;

namespace ChatOps.Slack.Tests.Verification;

/// <summary>One request as an attacker (or a broken proxy) might send it, and what the verifier must say.</summary>
public sealed record Forgery(string Secret, long NowSeconds, string TimestampHeader, string SignatureHeader, string Body, SlackVerification Expected);
