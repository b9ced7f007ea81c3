using System.Globalization;
using System.Text.Json.Nodes;
using ChatOps.Core.Ledger;
using ChatOps.Core.Records;
using ChatOps.Ledger.Postgres;
using ChatOps.Ledger.Sql;
using ChatOps.Ledger.Sqlite;
using ChatOps.Records.Journal;

// append <ledger> <count> <writer>: appends <count> records, one transaction each.
// decide <ledger> <count> <journal folder>: records <count> decisions, each with a journal write-back job, printing
//   "committed N" after each commit while an outbox worker posts beside it; exits 0 once every write-back is done.
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: (append|decide) <ledger> <count> <writer|journal folder>");
    return 2;
}

var ledger = args[1];
var count = int.Parse(args[2], CultureInfo.InvariantCulture);
SqlLedgerStore store = ledger.Contains("Host=", StringComparison.OrdinalIgnoreCase)
    ? await PostgresLedgerStore.OpenAsync(ledger, TimeProvider.System)
    : await SqliteLedgerStore.OpenAsync(ledger, TimeProvider.System);

if (args[0] == "append")
{
    for (var i = 1; i <= count; i++)
    {
        await store.AppendAsync(LedgerAppend.Of(new LedgerEntry(LedgerRecordKinds.Decision, "customer-update", $"{args[3]}-{i}", null, null, null, new JsonObject { ["writer"] = args[3], ["n"] = i })));
    }

    return 0;
}

var options = new OutboxWorkerOptions { Lease = TimeSpan.FromSeconds(2), PollInterval = TimeSpan.FromMilliseconds(20), FirstRetryDelay = TimeSpan.FromMilliseconds(50) };
var worker = new OutboxWorker(store, [new JournalTarget(new JournalOptions(args[3]))], null, TimeProvider.System, options);
using var stop = new CancellationTokenSource();

// The worker starts after the first 200 decisions, so a kill soon after leaves write-backs pending.
var working = Task.CompletedTask;
for (var i = 1; i <= count; i++)
{
    if (i == Math.Min(200, count))
    {
        working = Task.Run(() => worker.RunUntilCancelledAsync(stop.Token));
    }

    var payload = new JsonObject { ["target"] = "journal", ["settings"] = new JsonObject { ["path"] = "crash.md" }, ["draft"] = $"d{i}", ["version"] = $"v{i}", ["text"] = $"Decision {i} approved." };
    await store.AppendAsync(new LedgerAppend(
        [new LedgerEntry(LedgerRecordKinds.Decision, "customer-update", $"d{i}", "console/crash", $"T-{i}", $"decision:crash:{i}", new JsonObject { ["by"] = "bob", ["verdict"] = "Approve", ["n"] = i })],
        [new JobRequest(JobKinds.WriteBack, "customer-update", $"d{i}", $"wb:crash:{i}", CanonicalJson.Serialize(payload), DateTimeOffset.UtcNow)]));
    Console.WriteLine($"committed {i}");
}

while (await store.PendingCountAsync() > 0)
{
    await Task.Delay(20);
}

await stop.CancelAsync();
try
{
    await working;
}
catch (OperationCanceledException)
{
    // The worker stops by cancellation once nothing is pending.
}

Console.WriteLine("done");
return 0;
