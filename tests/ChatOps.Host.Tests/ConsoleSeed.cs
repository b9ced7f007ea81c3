using System.Text.Json.Nodes;
using ChatOps.Core.Ledger;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Host.Tests;

/// <summary>Puts a decided draft in a console thread through the host's API, as the page would, for tests that start after it.</summary>
internal static class ConsoleSeed
{
    private static JsonNode Action(JsonNode card, string verb) => card["actions"]!.AsArray().Single(a => a!["verb"]!.GetValue<string>() == verb)!;

    /// <summary>alice drafts from INC-2041, edits in a guess (rejected), edits it out (accepted), submits; bob approves. Waits for the write-back's outcome. Returns the draft id.</summary>
    public static async Task<string> ApprovedDraftAsync(RunningHost host, string thread)
    {
        await host.SayAsync(thread, "alice", "draft customer-update INC-2041 status for EU customers");
        var entries = await host.EntriesAsync(thread, "alice", 2);
        var draftId = Action(entries[1]!["card"]!, "submit")["data"]!["draft"]!.GetValue<string>();
        await host.SayAsync(thread, "alice", $"edit {draftId} The cache probably failed.");
        await host.EntriesAsync(thread, "alice", 4);
        await host.SayAsync(thread, "alice", $"edit {draftId} Checkout errors reached 12% of requests between 13:58 and 14:40 UTC [LOG-7].");
        entries = await host.EntriesAsync(thread, "alice", 6);
        await host.ClickAsync(thread, "alice", Action(entries[5]!["card"]!, "submit"));
        entries = await host.EntriesAsync(thread, "alice", 8);
        await host.ClickAsync(thread, "bob", Action(entries[7]!["card"]!, "approve"));
        for (var attempt = 0; attempt < 200 && (await host.EntriesAsync(thread, "bob", 8))[7]!["card"]!["kind"]!.GetValue<string>() != "decided"; attempt++)
        {
            await Task.Delay(50);
        }

        // The outbox writes back after the decision; wait for its outcome so the trail is whole.
        var ledger = host.Services.GetRequiredService<ILedgerStore>();
        for (var attempt = 0; attempt < 400 && (await ledger.QueryAsync(new LedgerQuery(DraftId: draftId, Kind: LedgerRecordKinds.WriteBack))).Count == 0; attempt++)
        {
            await Task.Delay(50);
        }

        return draftId;
    }
}
