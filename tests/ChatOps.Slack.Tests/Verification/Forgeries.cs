using System.Globalization;
using System.Text;
using ChatOps.Slack.Authentication;
using ChatOps.Slack.Tests.Support;

namespace ChatOps.Slack.Tests.Verification;

/// <summary>The forgery table, built from Slack's published example so every row differs from a valid request in one way.</summary>
public static class Forgeries
{
    private const string Secret = SlackRequestVerifierTests.ExampleSecret;
    private const long Ts = SlackRequestVerifierTests.ExampleTimestamp;
    private const string Sig = SlackRequestVerifierTests.ExampleSignature;
    private const string Body = SlackRequestVerifierTests.ExampleBody;
    private static readonly string TsText = Ts.ToString(CultureInfo.InvariantCulture);

    public static TheoryData<string, Forgery> Table
    {
        get
        {
            var data = new TheoryData<string, Forgery>();
            foreach (var (name, forgery) in All())
            {
                data.Add(name, forgery);
            }

            return data;
        }
    }

    public static IEnumerable<(string Name, Forgery Forgery)> All()
    {
        yield return ("bad signature", new(Secret, Ts, TsText, Sig[..^1] + (Sig.EndsWith('3') ? "4" : "3"), Body, SlackVerification.Mismatch));
        yield return ("signed with another secret", new(Secret, Ts, TsText, TestSigner.Sign("another-secret", Ts, Encoding.UTF8.GetBytes(Body)), Body, SlackVerification.Mismatch));
        yield return ("wrong version", new(Secret, Ts, TsText, "v1=" + Sig[3..], Body, SlackVerification.UnknownVersion));
        yield return ("no version", new(Secret, Ts, TsText, Sig[3..], Body, SlackVerification.UnknownVersion));
        yield return ("uppercase hex", new(Secret, Ts, TsText, "v0=" + Sig[3..].ToUpperInvariant(), Body, SlackVerification.Mismatch));
        yield return ("truncated signature", new(Secret, Ts, TsText, Sig[..40], Body, SlackVerification.Mismatch));
        yield return ("stale timestamp", new(Secret, Ts + 301, TsText, Sig, Body, SlackVerification.OutsideWindow));
        yield return ("future timestamp", new(Secret, Ts - 301, TsText, Sig, Body, SlackVerification.OutsideWindow));
        yield return ("timestamp altered after signing", new(Secret, Ts, (Ts + 1).ToString(CultureInfo.InvariantCulture), Sig, Body, SlackVerification.Mismatch));
        yield return ("malformed timestamp", new(Secret, Ts, "1531420618.5", Sig, Body, SlackVerification.MalformedTimestamp));
        yield return ("body altered after signing", new(Secret, Ts, TsText, Sig, Body.Replace("roadrunner", "coyote", StringComparison.Ordinal), SlackVerification.Mismatch));
        yield return ("body extended after signing", new(Secret, Ts, TsText, Sig, Body + "&text=approve", SlackVerification.Mismatch));
        yield return ("missing signature header", new(Secret, Ts, TsText, string.Empty, Body, SlackVerification.MissingHeaders));
        yield return ("missing timestamp header", new(Secret, Ts, string.Empty, Sig, Body, SlackVerification.MissingHeaders));
        yield return ("missing both headers", new(Secret, Ts, string.Empty, string.Empty, Body, SlackVerification.MissingHeaders));
        yield return ("empty secret", new(string.Empty, Ts, TsText, Sig, Body, SlackVerification.NoSigningSecret));
        yield return ("blank secret", new("   ", Ts, TsText, Sig, Body, SlackVerification.NoSigningSecret));
    }
}
