namespace ChatOps.Teams.Tests.TestSupport;

/// <summary>The claims of a test channel token; each test changes the one it is about.</summary>
internal sealed record TokenClaims(string Issuer, string Audience, DateTimeOffset NotBefore, DateTimeOffset Expires, string? ServiceUrl)
{
    public static TokenClaims Valid(DateTimeOffset now, string appId, string serviceUrl) =>
        new(FakeChannelIdentity.Issuer, appId, now.AddMinutes(-1), now.AddHours(1), serviceUrl);
}
