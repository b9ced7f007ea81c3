namespace ChatOps.Teams.Tests.TestSupport;

/// <summary>One request the fake Bot Connector received: method, raw path (escaping intact), bearer header and body.</summary>
internal sealed record RecordedCall(string Method, string RawTarget, string Authorization, string Body);
