using System.Globalization;
using System.Text;
using ChatOps.Slack.Authentication;

namespace ChatOps.Slack.Tests.Verification;

/// <summary>
/// Slack's published example with its real signature, the headers spelled every other way: the signature was made over
/// <c>v0:&lt;ts&gt;:body</c>, so no other spelling of the timestamp or the signature may be accepted.
/// </summary>
public sealed class HeaderSpellingTests
{
    private const string Secret = SlackRequestVerifierTests.ExampleSecret;
    private const long Ts = SlackRequestVerifierTests.ExampleTimestamp;
    private const string Sig = SlackRequestVerifierTests.ExampleSignature;
    private const string Body = SlackRequestVerifierTests.ExampleBody;
    private static readonly string TsText = Ts.ToString(CultureInfo.InvariantCulture);
    private static readonly string Hex = Sig[3..];

    public static TheoryData<string, string> TimestampSpellings() => new()
    {
        { "two leading zeros", "00" + TsText },
        { "one leading zero", "0" + TsText },
        { "plus sign", "+" + TsText },
        { "leading space", " " + TsText },
        { "trailing space", TsText + " " },
        { "leading tab", "\t" + TsText },
        { "trailing newline", TsText + "\n" },
        { "decimal fraction", TsText + ".0" },
        { "milliseconds", TsText + "000" },
        { "exponent", "1.531420618e9" },
        { "hexadecimal", "0x" + Ts.ToString("x", CultureInfo.InvariantCulture) },
        { "fullwidth digits", new string([.. TsText.Select(c => (char)(c - '0' + '０'))]) },
        { "Arabic-Indic digits", new string([.. TsText.Select(c => (char)(c - '0' + '٠'))]) },
        { "zero-width space after", TsText + "\u200b" },
        { "repeated, comma-joined", TsText + "," + TsText },
        { "repeated, comma-space-joined", TsText + ", " + TsText },
        { "negative", "-" + TsText },
        { "twenty digits", "0" + new string('1', 19) },
    };

    public static TheoryData<string, string> SignatureSpellings() => new()
    {
        { "upper-case version", "V0=" + Hex },
        { "space after the version", "v0= " + Hex },
        { "trailing space", Sig + " " },
        { "leading space", " " + Sig },
        { "double equals", "v0==" + Hex },
        { "colon for equals", "v0:" + Hex },
        { "repeated, comma-joined", Sig + "," + Sig },
        { "repeated, comma-space-joined", Sig + ", " + Sig },
        { "upper-case hex", "v0=" + Hex.ToUpperInvariant() },
        { "one digit more", Sig + "0" },
        { "one digit less", Sig[..^1] },
        { "base64 of the hash", "v0=" + Convert.ToBase64String(Convert.FromHexString(Hex)) },
        { "hash of another version", "v1=" + Hex + ",v0=" + Hex },
    };

    [Fact]
    public void TheControl_TheExactHeaders_AreValid() =>
        Assert.Equal(SlackVerification.Valid, SlackRequestVerifierTests.Verifier(Secret, Ts).Verify(TsText, Sig, Encoding.UTF8.GetBytes(Body)));

    [Theory]
    [MemberData(nameof(TimestampSpellings))]
    public void AnotherSpellingOfTheTimestamp_IsRefused(string name, string timestampHeader)
    {
        var result = SlackRequestVerifierTests.Verifier(Secret, Ts).Verify(timestampHeader, Sig, Encoding.UTF8.GetBytes(Body));

        Assert.True(result != SlackVerification.Valid, $"{name}: accepted");
    }

    [Theory]
    [MemberData(nameof(TimestampSpellings))]
    public void AnotherSpellingOfTheTimestamp_IsRefused_EvenWhenSignedAsSpelled(string name, string timestampHeader)
    {
        // Signed by the real secret over the odd spelling itself: still not what Slack sends.
        var baseString = Encoding.UTF8.GetBytes($"v0:{timestampHeader}:{Body}");
        var signature = "v0=" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), baseString));

        var result = SlackRequestVerifierTests.Verifier(Secret, Ts).Verify(timestampHeader, signature, Encoding.UTF8.GetBytes(Body));

        Assert.True(result != SlackVerification.Valid, $"{name}: accepted");
    }

    [Theory]
    [MemberData(nameof(SignatureSpellings))]
    public void AnotherSpellingOfTheSignature_IsRefused(string name, string signatureHeader)
    {
        var result = SlackRequestVerifierTests.Verifier(Secret, Ts).Verify(TsText, signatureHeader, Encoding.UTF8.GetBytes(Body));

        Assert.True(result != SlackVerification.Valid, $"{name}: accepted");
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(1, 2)]
    [InlineData(2, 2)]
    public void AHeaderThatCameTwice_IsRefused_EvenWithTheSameValue(int timestamps, int signatures)
    {
        var result = SlackRequestVerifierTests.Verifier(Secret, Ts).Verify(
            new Microsoft.Extensions.Primitives.StringValues([.. Enumerable.Repeat(TsText, timestamps)]),
            new Microsoft.Extensions.Primitives.StringValues([.. Enumerable.Repeat(Sig, signatures)]),
            Encoding.UTF8.GetBytes(Body));

        Assert.Equal(SlackVerification.RepeatedHeaders, result);
    }
}
