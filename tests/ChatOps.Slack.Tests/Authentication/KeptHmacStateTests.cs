using System.Globalization;
using System.Text;
using ChatOps.Slack.Authentication;
using ChatOps.Slack.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Slack.Tests.Authentication;

/// <summary>
/// One verifier answers every request with HMAC states it keeps between requests: no request's answer may depend on
/// the requests before it or beside it, and a changed secret takes effect at once.
/// </summary>
public sealed class KeptHmacStateTests
{
    private const string Secret = SlackRequestVerifierTests.ExampleSecret;
    private const long Ts = SlackRequestVerifierTests.ExampleTimestamp;
    private static readonly string TsText = Ts.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void OneVerifier_ForgeriesAndValidRequestsInterleavedOnManyThreads_EachIsAnsweredAsIfAlone()
    {
        // The forgeries of the table that share the verifier's secret and clock; each one fails in a different place,
        // some of them after part of a base string could have been hashed.
        var forgeries = Forgeries.All().Where(f => f.Forgery.Secret == Secret && f.Forgery.NowSeconds == Ts).ToList();
        Assert.True(forgeries.Count >= 10, $"only {forgeries.Count} forgeries share the example's secret and clock");
        var verifier = SlackRequestVerifierTests.Verifier(Secret, Ts);
        var wrong = new System.Collections.Concurrent.ConcurrentBag<string>();

        Parallel.For(0, 4000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            if (i % 2 == 0)
            {
                var (name, forgery) = forgeries[i / 2 % forgeries.Count];
                var result = verifier.Verify(forgery.TimestampHeader, forgery.SignatureHeader, Encoding.UTF8.GetBytes(forgery.Body));
                if (result != forgery.Expected)
                {
                    wrong.Add($"{name}: got {result}, want {forgery.Expected}");
                }
            }
            else
            {
                var body = Encoding.UTF8.GetBytes($"{{\"event_id\":\"Ev{i}\",\"text\":\"{new string('x', i % 700)}\"}}");
                var result = verifier.Verify(TsText, TestSigner.Sign(Secret, Ts, body), body);
                if (result != SlackVerification.Valid)
                {
                    wrong.Add($"valid request {i}: got {result}");
                }
            }
        });

        Assert.Empty(wrong);
    }

    [Fact]
    public void SecretChanged_RequestsSignedWithTheNewSecretPass_AndWithTheOldOneAreRefused_BothWays()
    {
        var options = new ChangingOptions(new SlackOptions { SigningSecret = Secret });
        var verifier = new SlackRequestVerifier(options, new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(Ts)));
        var body = Encoding.UTF8.GetBytes("""{"event_id":"Ev1"}""");
        var signedOld = TestSigner.Sign(Secret, Ts, body);
        var signedNew = TestSigner.Sign("rotated-secret", Ts, body);

        Assert.Equal(SlackVerification.Valid, verifier.Verify(TsText, signedOld, body));
        options.CurrentValue = new SlackOptions { SigningSecret = "rotated-secret" };
        Assert.Equal((SlackVerification.Valid, SlackVerification.Mismatch), (verifier.Verify(TsText, signedNew, body), verifier.Verify(TsText, signedOld, body)));
        options.CurrentValue = new SlackOptions { SigningSecret = Secret };
        Assert.Equal((SlackVerification.Valid, SlackVerification.Mismatch), (verifier.Verify(TsText, signedOld, body), verifier.Verify(TsText, signedNew, body)));
    }

    private sealed class ChangingOptions(SlackOptions value) : IOptionsMonitor<SlackOptions>
    {
        public SlackOptions CurrentValue { get; set; } = value;

        public SlackOptions Get(string? name) => CurrentValue;

        public IDisposable? OnChange(Action<SlackOptions, string?> listener) => null;
    }
}
