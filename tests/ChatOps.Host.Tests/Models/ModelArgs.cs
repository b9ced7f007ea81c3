using System.Text.Json.Nodes;
using ChatOps.Core.Ledger;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Host.Tests.Models;

/// <summary>The host's model settings for a loopback model server, written as a platform engineer writes them, and the scripted replies.</summary>
internal static class ModelArgs
{
    public const string Key = "sk-journey-never-logged-5b1e0c2a";

    /// <summary>A draft of the sample ticket INC-2041 that the real checker accepts.</summary>
    public const string GoodDraft =
        "The checkout API returned errors for 1,200 customers in the EU [INC-2041].\n" +
        "The checkout-api 5xx rate was 12% of requests from 13:58 to 14:40 UTC [LOG-7].\n" +
        "Checkout-api was rolled back from v2.3.1 to v2.3.0 at 14:31 UTC [DEP-88].\n" +
        "We will post the next update by 16:00 UTC.\n";

    /// <summary>A claim with no citation: the checker rejects it.</summary>
    public const string UncitedDraft = "The checkout API returned errors for 1,200 customers in the EU.\n";

    /// <summary>The README's one-model shortcut (Model:*), which defines the endpoint 'default'; the key comes from a secrets file.</summary>
    public static string[] Shortcut(LoopbackModelServer server, string keyFile) =>
    [
        "--Model:Provider", "openai", "--Model:Endpoint", server.BaseAddress.ToString(), "--Model:Name", "gpt-4o-mini",
        "--Model:Owner", "Dana Reyes", "--Model:ApiKeyFile", keyFile,
        "--Model:InputPricePer1KTokens", "0.0025", "--Model:OutputPricePer1KTokens", "0.01",
    ];

    /// <summary>A second, larger endpoint named 'escalation' (allowed by the shipped policy at tiers 0–2) that drafts get escalated to.</summary>
    public static string[] Escalation(LoopbackModelServer server) =>
    [
        "--Drafting:Endpoints:escalation:Provider", "openai", "--Drafting:Endpoints:escalation:BaseUrl", server.BaseAddress.ToString(),
        "--Drafting:Endpoints:escalation:Model", "gpt-4o", "--Drafting:Endpoints:escalation:Owner", "Lee Park",
        "--Drafting:Endpoints:escalation:InputPricePer1KTokens", "0.005", "--Drafting:Endpoints:escalation:OutputPricePer1KTokens", "0.02",
        "--Drafting:EscalationEndpoint", "escalation",
    ];

    /// <summary>A file holding the key, as a secrets mount does.</summary>
    public static string KeyFile()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("chatops-secrets-").FullName, "model-key");
        File.WriteAllText(path, Key + "\n");
        return path;
    }

    public static async Task<IReadOnlyList<JsonObject>> ModelCallsAsync(IServiceProvider services)
    {
        var records = await services.GetRequiredService<ILedgerStore>().QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.ModelCall));
        return [.. records.Select(r => JsonNode.Parse(r.Payload!)!.AsObject())];
    }

    public static async Task<JsonObject> DraftCreatedAsync(IServiceProvider services)
    {
        var records = await services.GetRequiredService<ILedgerStore>().QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.DraftCreated));
        return JsonNode.Parse(Assert.Single(records).Payload!)!.AsObject();
    }

    /// <summary>Every ledger record as stored, to look for what must never be there.</summary>
    public static async Task<string> WholeLedgerAsync(IServiceProvider services)
    {
        var all = new System.Text.StringBuilder();
        await foreach (var record in services.GetRequiredService<ILedgerStore>().ReadAsync())
        {
            all.Append(record.Payload).Append('\n');
        }

        return all.ToString();
    }
}
