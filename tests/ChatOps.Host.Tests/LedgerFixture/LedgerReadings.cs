using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Core.Approvals;
using ChatOps.Core.Ledger;
using ChatOps.Host.Console;

namespace ChatOps.Host.Tests.LedgerFixture;

/// <summary>
/// Everything the product reads back from a ledger's record bodies, as one JSON document: the chain's verification,
/// who approved each thread and ticket, each draft's folded state and its trail (write-backs, reminders, overrides
/// included) and each workflow's pause. The fixture writer saved these readings with the code that wrote the ledger;
/// the fixture test takes them again with today's code and expects the same document.
/// </summary>
internal static class LedgerReadings
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<string> TakeAsync(ILedgerStore ledger, IEnumerable<string> workflows)
    {
        var records = new List<LedgerRecord>();
        await foreach (var record in ledger.ReadAsync())
        {
            records.Add(record);
        }

        var queries = new ApprovalQueries(ledger);
        var approvals = new JsonObject();
        foreach (var thread in records.Select(r => r.Thread).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            approvals[$"thread:{thread}"] = Node(await queries.ByThreadAsync(thread));
        }

        foreach (var ticket in records.Select(r => r.Ticket).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            approvals[$"ticket:{ticket}"] = Node(await queries.ByTicketAsync(ticket));
        }

        var drafts = new JsonObject();
        foreach (var id in records.Select(r => r.DraftId).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var history = await queries.HistoryAsync(id);
            var versions = new JsonObject();
            foreach (var version in history.Where(r => r.Kind == LedgerRecordKinds.DraftCreated).Select(r => JsonNode.Parse(r.Payload!)!["output_hash"]!.GetValue<string>()).Distinct(StringComparer.Ordinal))
            {
                versions[version] = Node(DraftHistory.FoldTo(history, version));
            }

            drafts[id] = new JsonObject
            {
                ["state"] = Node(DraftHistory.Fold(history)),
                ["versions"] = versions,
                ["approvals"] = Node(await queries.ByDraftAsync(id)),
                ["trail"] = Node(LedgerTrail.Of(id, history, null)),
            };
        }

        var switches = new WorkflowSwitch(ledger, TimeProvider.System);
        var pauses = new JsonObject();
        foreach (var workflow in workflows.Order(StringComparer.Ordinal))
        {
            pauses[workflow] = Node(await switches.PauseOfAsync(workflow));
        }

        var readings = new JsonObject
        {
            ["verify"] = Node(await ChainVerifier.VerifyAsync(ledger)),
            ["kinds"] = Node(records.GroupBy(r => r.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count())),
            ["actors"] = Node(records.ToDictionary(r => r.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), LedgerActors.Of)),
            ["approvals"] = approvals,
            ["drafts"] = drafts,
            ["pauses"] = pauses,
        };
        return readings.ToJsonString(Options) + "\n";
    }

    private static JsonNode? Node<T>(T value) => JsonSerializer.SerializeToNode(value, Options);
}
