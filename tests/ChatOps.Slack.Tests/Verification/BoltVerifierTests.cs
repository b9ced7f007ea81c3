using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Slack.Authentication;
using ChatOps.Slack.Tests.Support;

namespace ChatOps.Slack.Tests.Verification;

/// <summary>Our verifier against @slack/bolt's own <c>verifySlackRequest</c>, run in node from tests/peers/slack.</summary>
public sealed class BoltVerifierTests
{
    private const long Now = 1_790_000_000;
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task BoltSignedRequests_AreValid_ForOurVerifier()
    {
        // Arrange: bodies of each kind Slack sends, including multi-byte UTF-8, signed in node and checked by Bolt.
        string[] bodies =
        [
            SlackPayloads.AppMention("Ev1", "<@U000TEST> draft incident-update INC-7 — “Zürich” 🚀 東京"),
            SlackPayloads.Form(("payload", SlackPayloads.BlockActions("approve", """{"data":{"approval":"A-1"}}""", "1790000000.000200"))),
            SlackPayloads.Command("draft incident-update INC-7 ünïcode ✓"),
            string.Empty,
        ];
        var cases = bodies.Select((body, i) => new JsonObject
        {
            ["name"] = $"body{i}", ["sign"] = true, ["secret"] = TestSigner.Secret,
            ["timestamp"] = Now.ToString(CultureInfo.InvariantCulture), ["signature"] = string.Empty, ["body"] = body, ["nowSeconds"] = Now,
        });

        // Act
        var bolt = await RunBoltAsync(cases);

        // Assert
        var verifier = SlackRequestVerifierTests.Verifier(TestSigner.Secret, Now);
        for (var i = 0; i < bodies.Length; i++)
        {
            Assert.True(bolt[i].Valid, $"Bolt refused its own signature for body{i}: {bolt[i].Error}");
            Assert.Equal(SlackVerification.Valid, verifier.Verify(Now.ToString(CultureInfo.InvariantCulture), bolt[i].Signature, Encoding.UTF8.GetBytes(bodies[i])));
        }
    }

    [Fact]
    public async Task ForgeryTable_BoltAgreesWithUs_ExceptFutureTimestamps()
    {
        // Arrange
        var table = Forgeries.All().Append((Name: "published example", Forgery: new Forgery(
            SlackRequestVerifierTests.ExampleSecret, SlackRequestVerifierTests.ExampleTimestamp,
            SlackRequestVerifierTests.ExampleTimestamp.ToString(CultureInfo.InvariantCulture), SlackRequestVerifierTests.ExampleSignature,
            SlackRequestVerifierTests.ExampleBody, SlackVerification.Valid))).ToList();
        var cases = table.Select(row => new JsonObject
        {
            ["name"] = row.Name, ["secret"] = row.Forgery.Secret, ["timestamp"] = row.Forgery.TimestampHeader,
            ["signature"] = row.Forgery.SignatureHeader, ["body"] = row.Forgery.Body, ["nowSeconds"] = row.Forgery.NowSeconds,
        });

        // Act
        var bolt = await RunBoltAsync(cases);

        // Assert
        for (var i = 0; i < table.Count; i++)
        {
            var (name, forgery) = table[i];
            var ours = SlackRequestVerifierTests.Verifier(forgery.Secret, forgery.NowSeconds)
                .Verify(forgery.TimestampHeader, forgery.SignatureHeader, Encoding.UTF8.GetBytes(forgery.Body));
            Assert.Equal(forgery.Expected, ours);
            // Bolt only refuses stale timestamps; we refuse both ways, as Slack's Python SDK does.
            var boltShouldAccept = forgery.Expected == SlackVerification.Valid || name == "future timestamp";
            Assert.True(bolt[i].Valid == boltShouldAccept, $"{name}: Bolt valid={bolt[i].Valid} ({bolt[i].Error}), ours {ours}");
        }
    }

    private static async Task<List<BoltVerdict>> RunBoltAsync(IEnumerable<JsonObject> cases)
    {
        var input = new JsonArray([.. cases]).ToJsonString();
        var (exit, output, error) = await NodePeers.RunAsync("node", ["bolt-verify.mjs"], input);
        Assert.True(exit == 0, $"bolt-verify.mjs failed ({exit}): {error}");
        return JsonSerializer.Deserialize<List<BoltVerdict>>(output, WebJson)!;
    }

    private sealed record BoltVerdict(string Name, bool Valid, string? Error, string Signature);
}
