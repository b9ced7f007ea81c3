using System.Globalization;
using System.Text.Json.Nodes;
using ChatOps.Core.Ledger;

namespace ChatOps.Ledger.Benchmarks;

/// <summary>Decision records shaped like real ones: a draft, a thread and a ticket each, about 400 bytes of payload.</summary>
public static class BenchRecords
{
    public const int Tickets = 100_000;

    public static LedgerEntry Decision(long n, string writer) => new(
        LedgerRecordKinds.Decision,
        "customer-update",
        $"draft-{n % Tickets}",
        $"slack/C024BE91L/17000{n % Tickets:D5}.000100",
        Ticket(n),
        $"decision:{writer}:{n}",
        new JsonObject
        {
            ["by"] = "bob",
            ["roles"] = new JsonArray("comms-lead"),
            ["verdict"] = "Approve",
            ["reason"] = null,
            ["status"] = "Approved",
            ["version"] = "c6290bb4f5cae9d3039932a7285357c8236935deab8702eec0ff5ef1b8b7278e",
            ["expires_at"] = null,
            ["note"] = "The outage ended at 10:42 UTC and the API has answered normally since; the postmortem follows by Friday.",
        });

    public static string Ticket(long n) => "SUP-" + (n % Tickets).ToString(CultureInfo.InvariantCulture);
}
