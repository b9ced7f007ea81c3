using System.Text.Json.Nodes;

namespace ChatOps.Slack.Tests.Support;

/// <summary>Signs a body in node (as the shared sign.mjs does) and insists that @slack/bolt's own verifier accepts it.</summary>
public static class BoltSigner
{
    public static async Task<string> SignAsync(string secret, string timestamp, string body, long nowSeconds)
    {
        var input = new JsonArray(new JsonObject
        {
            ["name"] = "request", ["sign"] = true, ["secret"] = secret, ["timestamp"] = timestamp, ["signature"] = string.Empty,
            ["body"] = body, ["nowSeconds"] = nowSeconds,
        }).ToJsonString();
        var (exit, output, error) = await NodePeers.RunAsync("node", ["bolt-verify.mjs"], input);
        Assert.True(exit == 0, $"bolt-verify.mjs failed ({exit}): {error}");
        var verdict = JsonNode.Parse(output)!.AsArray()[0]!;
        Assert.True(verdict["valid"]!.GetValue<bool>(), $"Bolt refused the request it signed: {verdict["error"]}");
        return verdict["signature"]!.GetValue<string>();
    }
}
