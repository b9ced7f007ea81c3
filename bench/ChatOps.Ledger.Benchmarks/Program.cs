using System.Diagnostics;
using System.Globalization;
using ChatOps.Core.Approvals;
using ChatOps.Core.Ledger;
using ChatOps.Ledger.Benchmarks;
using ChatOps.Ledger.Postgres;
using ChatOps.Ledger.Sql;
using ChatOps.Ledger.Sqlite;

// dotnet run -c Release --project bench/ChatOps.Ledger.Benchmarks -- [--records 1000000] [--appends 2000] [--postgres "Host=…;Database=…"]
// Prints a Markdown table for docs/benchmarks.md. The PostgreSQL database must be empty.
// With --scorecard: seeds a scorecard-shaped ledger instead and times the scorecard's queries (ScorecardBench); --no-sqlite
// runs it on PostgreSQL only; --pgbouncer "Host=…" then times the same ledger again through PgBouncer (run.sh --pgbouncer).
var records = Argument("--records", 1_000_000);
var appends = Argument("--appends", 2_000);
var postgres = args.SkipWhile(a => a != "--postgres").Skip(1).FirstOrDefault();
var pgbouncer = args.SkipWhile(a => a != "--pgbouncer").Skip(1).FirstOrDefault();
var keep = args.SkipWhile(a => a != "--sqlite-file").Skip(1).FirstOrDefault();
var skipAppends = args.Contains("--no-appends");
var directory = Directory.CreateTempSubdirectory("chatops-bench-").FullName;
Console.WriteLine($"| store | measure | result |");
Console.WriteLine($"|---|---|---|");
try
{
    if (args.Contains("--scorecard"))
    {
        var path = keep ?? Path.Combine(directory, "scorecard.db");
        if (!args.Contains("--no-sqlite"))
        {
            await ScorecardBench.RunAsync("SQLite (WAL, synchronous=FULL)", time => SqliteLedgerStore.OpenAsync(path, time).ContinueWith(t => (SqlLedgerStore)t.Result, TaskScheduler.Default),
                () => SelectOneAsync(new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}")), records, Row);
        }

        if (postgres is not null)
        {
            var connection = $"{postgres};Search Path=scorecard";
            await CreateSchemaAsync(postgres, connection);
            await ScorecardBench.RunAsync("PostgreSQL 15", OpenPostgres(connection), () => ConnectPostgresAsync(connection), records, Row);
        }

        if (pgbouncer is not null)
        {
            // The ledger seeded above, through the pooler; its role's search_path names the scorecard schema (run.sh).
            await ScorecardBench.RunAsync("PostgreSQL 15 via PgBouncer (session pooling)", OpenPostgres(pgbouncer), () => ConnectPostgresAsync(pgbouncer), 0, Row);
        }

        return;
    }

    await RunAsync("SQLite (WAL, synchronous=FULL)", path => SqliteLedgerStore.OpenAsync(path, TimeProvider.System), () => Path.Combine(directory, $"{Guid.NewGuid():N}.db"));
    if (postgres is not null)
    {
        var schema = 0;
        await RunAsync("PostgreSQL 15", cs => PostgresLedgerStore.OpenAsync(cs, TimeProvider.System).ContinueWith(t => (SqlLedgerStore)t.Result, TaskScheduler.Default),
            () => $"{postgres};Search Path=bench{++schema}", async cs => await CreateSchemaAsync(postgres, cs));
    }
}
finally
{
    Directory.Delete(directory, recursive: true);
}

static Func<TimeProvider, Task<SqlLedgerStore>> OpenPostgres(string connection) =>
    time => PostgresLedgerStore.OpenAsync(connection, time).ContinueWith(t => (SqlLedgerStore)t.Result, TaskScheduler.Default);

// A data source of its own each time, as each chatops command has, without type loading as the store's.
static async Task ConnectPostgresAsync(string connection)
{
    var builder = new Npgsql.NpgsqlDataSourceBuilder(connection);
    builder.ConfigureTypeLoading(types => types.EnableTypeLoading(false));
    await using var source = builder.Build();
    await SelectOneAsync(await source.OpenConnectionAsync());
}

async Task RunAsync<TStore>(string name, Func<string, Task<TStore>> open, Func<string> fresh, Func<string, Task>? prepare = null)
    where TStore : SqlLedgerStore
{
    // Synced (decisions) and deferred (a request's drafts, checks and model calls) alternated on fresh ledgers.
    foreach (var (writers, durability) in skipAppends ? [] : new[] { (1, LedgerDurability.Synced), (1, LedgerDurability.Deferred), (4, LedgerDurability.Synced), (4, LedgerDurability.Deferred) })
    {
        var connection = fresh();
        if (prepare is not null)
        {
            await prepare(connection);
        }

        var store = await open(connection);
        var times = new System.Collections.Concurrent.ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < appends / writers; i++)
            {
                var one = Stopwatch.StartNew();
                await store.AppendAsync(LedgerAppend.Of(BenchRecords.Decision(i, $"w{w}")) with { Durability = durability });
                times.Add(one.Elapsed.TotalMilliseconds);
            }
        })));
        clock.Stop();
        var sorted = times.Order().ToArray();
        Row(name, $"{durability.ToString().ToLowerInvariant()} appends/s, {writers} writer(s), one transaction each ({appends} appends; load average {File.ReadAllText("/proc/loadavg").Trim()})",
            string.Create(CultureInfo.InvariantCulture, $"{appends / clock.Elapsed.TotalSeconds:N0}/s, p50 {sorted[sorted.Length / 2]:F2} ms, p99 {sorted[(int)(sorted.Length * 0.99)]:F2} ms"));
        await CloseAsync(store);
    }

    var big = keep is not null && typeof(TStore) == typeof(SqliteLedgerStore) ? keep : fresh();
    if (prepare is not null)
    {
        await prepare(big);
    }

    var ledger = await open(big);
    var seed = Stopwatch.StartNew();
    const int Batch = 2_000;
    for (var start = (int)(await ledger.HeadAsync()).Sequence; start < records; start += Batch)
    {
        var entries = Enumerable.Range(start, Math.Min(Batch, records - start)).Select(n => BenchRecords.Decision(n, "seed")).ToArray();
        await ledger.AppendAsync(new LedgerAppend(entries, []));
    }

    Row(name, $"seed {records:N0} records in batches of {Batch:N0}", $"{seed.Elapsed.TotalSeconds:N1} s");
    var scan = Stopwatch.StartNew();
    long scanned = 0;
    await foreach (var record in ledger.ReadAsync())
    {
        scanned += record.Sequence > 0 ? 1 : 0;
    }

    Row(name, $"read {scanned:N0} records, no hashing", $"{scan.Elapsed.TotalSeconds:N2} s");
    var rows = new CountingSink();
    var rowScan = Stopwatch.StartNew();
    await ledger.ReadChainAsync(1, rows);
    Row(name, $"read {rows.Count:N0} chain rows (verify's read path), no hashing", $"{rowScan.Elapsed.TotalSeconds:N2} s");

    // Three verifies, each timed: the machine is shared, so one figure alone says little about the code.
    var verifies = new List<double>();
    VerifyResult? result = null;
    for (var run = 0; run < 3; run++)
    {
        var verify = Stopwatch.StartNew();
        result = await ChainVerifier.VerifyAsync(ledger);
        verifies.Add(verify.Elapsed.TotalSeconds);
    }

    Row(name, $"verify {result!.RecordsChecked:N0} records (valid: {result.IsValid}), 3 runs, load average {LoadAverage()}", string.Join(", ", verifies.Select(v => $"{v:N2} s")));

    // Start the lookups from a settled heap, so a collection owed to the verify above does not land in them.
    GC.Collect();
    GC.WaitForPendingFinalizers();
    var queries = new ApprovalQueries(ledger);
    var random = new Random(42);
    var latencies = new List<double>();
    for (var i = 0; i < 2_200; i++)
    {
        var ticket = BenchRecords.Ticket(random.Next(BenchRecords.Tickets));
        var one = Stopwatch.StartNew();
        var found = await queries.ByTicketAsync(ticket);
        one.Stop();
        if (i >= 200 && found.Count > 0)
        {
            latencies.Add(one.Elapsed.TotalMilliseconds);
        }
    }

    latencies.Sort();
    Row(name, $"who-approved --ticket at {records:N0} records ({latencies.Count:N0} lookups, ~{records / BenchRecords.Tickets} approvals each)",
        $"p50 {Percentile(0.50):N2} ms, p99 {Percentile(0.99):N2} ms");
    await CloseAsync(ledger);

    double Percentile(double p) => latencies[(int)Math.Min(latencies.Count - 1, Math.Ceiling(p * latencies.Count) - 1)];
}

static async Task CloseAsync(SqlLedgerStore store)
{
    if (store is IAsyncDisposable disposable)
    {
        await disposable.DisposeAsync();
    }
}

static async Task CreateSchemaAsync(string server, string connection)
{
    var schema = connection[(connection.LastIndexOf('=') + 1)..];
    await using var data = Npgsql.NpgsqlDataSource.Create(server);
    await using var command = data.CreateCommand($"CREATE SCHEMA IF NOT EXISTS {schema}");
    await command.ExecuteNonQueryAsync();
}

// The other builds on the machine, which the figures depend on; Linux only.
static async Task SelectOneAsync(System.Data.Common.DbConnection connection)
{
    await using (connection)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";
        _ = await command.ExecuteScalarAsync();
    }
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

static void Row(string store, string measure, string result) => Console.WriteLine($"| {store} | {measure} | {result} |");

int Argument(string name, int fallback)
{
    var value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
    return value is null ? fallback : int.Parse(value, CultureInfo.InvariantCulture);
}

/// <summary>Counts the rows of a chain read and keeps nothing.</summary>
internal sealed class CountingSink : IChainRowSink
{
    public long Count { get; private set; }

    public ValueTask AddAsync(in ChainRow row, CancellationToken cancellationToken = default)
    {
        Count += row.Sequence > 0 ? 1 : 0;
        return ValueTask.CompletedTask;
    }
}
