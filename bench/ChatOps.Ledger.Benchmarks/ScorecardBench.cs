using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChatOps.Core.Ledger;
using ChatOps.Core.Stats;
using ChatOps.Core.Workflows;
using ChatOps.Ledger.Sql;

namespace ChatOps.Ledger.Benchmarks;

/// <summary>
/// The scorecard at a million records: seeds <see cref="ScorecardRecords"/> through the store's own appends (so the
/// kept figures are built as in production), then times the scorecard API's query and what <c>chatops stats</c> does.
/// </summary>
public static class ScorecardBench
{
    private const int CohortSize = 50;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Seeds, then times the queries; <paramref name="connect"/> opens a new connection and runs SELECT 1, the floor of any command.</summary>
    public static async Task RunAsync(string name, Func<TimeProvider, Task<SqlLedgerStore>> open, Func<Task> connect, int records, Action<string, string, string> row)
    {
        var origin = DateTimeOffset.UtcNow.Date - TimeSpan.FromDays(ScorecardRecords.Days - 1);
        var clock = new BenchClock(origin);
        var store = await open(clock);
        var seed = Stopwatch.StartNew();
        // The first cohort tells how many records a cohort makes; the rest are spread evenly over the days.
        var cohorts = (int)Math.Ceiling(records / 8.3 / CohortSize);
        long written = 0;
        for (var cohort = 0; cohort < cohorts && written < records; cohort++)
        {
            foreach (var (at, entries) in ScorecardRecords.Cohort(cohort, CohortSize, cohorts))
            {
                clock.Now = new DateTimeOffset(origin) + at;
                written = (await store.AppendAsync(new LedgerAppend(entries, []))).Records[^1].Sequence;
            }

            if (cohort == 0)
            {
                cohorts = (int)Math.Ceiling((double)records / written);
            }
        }

        row(name, $"seed {written:N0} scorecard records (cohorts of {CohortSize} drafts over {ScorecardRecords.Days} days), projections kept on append", $"{seed.Elapsed.TotalSeconds:N1} s");
        var days = await store.ReadStatsAsync(new StatsQuery { Grouping = StatsGrouping.ByPeriod });
        row(name, "kept figures summed by day (rows an all-time, by-day read returns)", $"{days.Count:N0}");

        var versions = WorkflowNames.All.ToDictionary(w => w, w => (string?)$"sha256:{w}", StringComparer.Ordinal);
        var service = new ScorecardService(store, versions);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var queries = new (string Label, StatsQuery Query)[]
        {
            ("since 7d, by day", new StatsQuery(today.AddDays(-6))),
            ("since 30d, by day (the console's default)", new StatsQuery(today.AddDays(-29))),
            ("since 90d, by week", new StatsQuery(today.AddDays(-89), StatsBucket.Week)),
            ("all time, by day", new StatsQuery()),
            ("all time, one workflow, by week", new StatsQuery(Bucket: StatsBucket.Week, Workflow: WorkflowNames.CustomerUpdate)),
        };
        foreach (var (label, query) in queries)
        {
            ScorecardReport? report = null;
            var times = await TimeAsync(async () => report = await service.ReadAsync(query));
            row(name, $"scorecard API query, {label}: {report!.Totals.Drafts:N0} drafts, {report.Series.Count} periods, load average {LoadAverage()}", times);
        }

        // What `chatops stats --since 30d --format json` does after the process starts: open the ledger, read, render;
        // alternated with a bare new connection and SELECT 1, the floor any command on this database pays.
        await CloseAsync(store);
        var (command, bare) = (new List<double>(), new List<double>());
        for (var run = -20; run < 100; run++)
        {
            var one = Stopwatch.StartNew();
            var opened = await open(TimeProvider.System);
            try
            {
                var report = await new ScorecardService(opened, versions).ReadAsync(new StatsQuery(today.AddDays(-29)));
                _ = JsonSerializer.Serialize(report, Json);
            }
            finally
            {
                await CloseAsync(opened);
            }

            var stats = one.Elapsed.TotalMilliseconds;
            one.Restart();
            await connect();
            if (run >= 0)
            {
                command.Add(stats);
                bare.Add(one.Elapsed.TotalMilliseconds);
            }
        }

        row(name, $"chatops stats --since 30d --format json, in process: open the ledger, query, render JSON; load average {LoadAverage()}", Percentiles(command));
        row(name, $"a new connection and SELECT 1 (what any command pays first), alternated with the run above; load average {LoadAverage()}", Percentiles(bare));
    }

    private static async Task<string> TimeAsync(Func<Task> work, int runs = 300)
    {
        for (var i = 0; i < 20; i++)
        {
            await work();
        }

        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var one = Stopwatch.StartNew();
            await work();
            times.Add(one.Elapsed.TotalMilliseconds);
        }

        return Percentiles(times);
    }

    private static string Percentiles(List<double> times)
    {
        times.Sort();
        double At(double p) => times[(int)Math.Min(times.Count - 1, Math.Ceiling(p * times.Count) - 1)];
        return $"p50 {At(0.5):N2} ms, p99 {At(0.99):N2} ms, max {times[^1]:N2} ms ({times.Count} runs)";
    }

    private static async Task CloseAsync(SqlLedgerStore store)
    {
        if (store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    /// <summary>The store stamps each append with this clock, which the seeding moves through six months.</summary>
    private sealed class BenchClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
