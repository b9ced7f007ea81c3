using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Core.Diagnostics;
using ChatOps.Core.Ledger;
using ChatOps.Host.Composition;
using ChatOps.Testing.Models;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Host.Load;

/// <summary>
/// The model gateway's own cost per draft, through the running host on SQLite: every console message is a distinct
/// draft request (no cache hit) routed to a loopback OpenAI-compatible model that answers at once. The gateway's
/// overhead is its span (routing, the policy and clearance boundaries, the cache lookup, the budget reservation and
/// settlement in the database, the gate's check, cost) minus the model calls' own latency (the HTTP round trip as the
/// gateway timed each call), plus the ledger append that records the draft with its model-call records.
/// </summary>
internal static class GatewayOverhead
{
    private const string Draft =
        "The checkout API returned errors for 1,200 customers in the EU [INC-2041].\n" +
        "The checkout-api 5xx rate was 12% of requests from 13:58 to 14:40 UTC [LOG-7].\n" +
        "Checkout-api was rolled back from v2.3.1 to v2.3.0 at 14:31 UTC [DEP-88].\n" +
        "We will post the next update by 16:00 UTC.\n";

    public static async Task RunAsync(int requests, int warmup)
    {
        var loadBefore = (await File.ReadAllTextAsync("/proc/loadavg")).Trim();
        await using var model = LoopbackModelServer.Start(ScriptedReply.Draft(Draft, 1200, 300));
        var folder = Directory.CreateTempSubdirectory("chatops-gateway-").FullName;
        var app = ChatOpsApp.Build(["--Urls", "http://127.0.0.1:0", "--ConnectionStrings:Ledger", Path.Combine(folder, "ledger.db"),
            "--Logging:LogLevel:Default", "Warning", "--Console:Burst", "100000", "--Console:PerSecond", "100000",
            "--Model:Provider", "openai", "--Model:Endpoint", model.BaseAddress.ToString(), "--Model:Name", "loopback-zero-latency",
            "--Model:Owner", "bench", "--Model:ApiKey", "sk-bench", "--Model:InputPricePer1KTokens", "0.0025", "--Model:OutputPricePer1KTokens", "0.01",
            "--Drafting:Workflows:incident-internal:DraftsPerDay", "100000000"]);
        var spans = new ConcurrentDictionary<string, ConcurrentQueue<double>>(StringComparer.Ordinal);
        var timeline = new ConcurrentQueue<Span>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ChatOpsDiagnostics.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            // A part of the ledger's work counts where it is the draft's own append (other appends use the same code).
            ActivityStopped = activity =>
            {
                var inRecord = HasAncestor(activity, "chatops.record");
                spans.GetOrAdd(
                    activity.OperationName.StartsWith("part.", StringComparison.Ordinal) && !inRecord && !HasAncestor(activity, "chatops.gateway")
                        ? activity.OperationName + " (outside the draft's record and gateway)" : activity.OperationName,
                    _ => new()).Enqueue(activity.Duration.TotalMilliseconds);
                // The overlap table reads only the draft's record and the traced parts; every span kept here (with its tags)
                // stayed alive to the end of the run, so keeping all of them added the bench's own survivors to every
                // collection it measured.
                var traced = activity.OperationName.StartsWith("part.", StringComparison.Ordinal);
                if (traced || activity.OperationName == "chatops.record")
                {
                    timeline.Enqueue(new Span(activity.OperationName, activity.StartTimeUtc.Ticks, activity.StartTimeUtc.Ticks + activity.Duration.Ticks, inRecord,
                        traced ? activity.TagObjects.Where(t => t.Value is long).ToDictionary(t => t.Key, t => (long)t.Value!, StringComparer.Ordinal) : null));
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        var warmed = 0;
        for (; warmed < warmup; warmed++)
        {
            await OneAsync(client, -warmed - 1);
        }

        // A host runs for days; what it pays per draft is measured once its code is compiled for the steady state.
        // The runtime compiles hot methods again (tier 1) on a background thread once they have been called 30 times;
        // after 100 drafts that work (about 7,000 methods, several seconds of one core) was still running through the
        // measured drafts, beside them, on the 2 cores. So the warm-up goes on, in steps of 50 drafts each followed
        // by a pause for that thread, until two steps in a row compile (almost) nothing.
        var settle = new List<long>();
        for (var step = 1; step <= 40; step++)
        {
            var compiledBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
            for (var i = 0; i < 50; i++, warmed++)
            {
                await OneAsync(client, -warmed - 1);
            }

            await Task.Delay(500);
            settle.Add(System.Runtime.JitInfo.GetCompiledMethodCount() - compiledBefore);
            if (settle.Count >= 2 && settle[^1] <= 5 && settle[^2] <= 5)
            {
                break;
            }
        }

        var jitBefore = (Methods: System.Runtime.JitInfo.GetCompiledMethodCount(), Time: System.Runtime.JitInfo.GetCompilationTime());

        // CPU time is what a loaded machine distorts least: its waits for a core do not count.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var answers = new List<double>();
        var collections = new List<GcDuring>();
        var jitPerHundred = new List<long> { jitBefore.Methods };
        var gcBefore = GcDuring.Now();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        for (var i = 0; i < requests; i++)
        {
            var before = GcDuring.Now();
            answers.Add(await OneAsync(client, i));
            if (i % 100 == 99)
            {
                jitPerHundred.Add(System.Runtime.JitInfo.GetCompiledMethodCount());
            }

            collections.Add(GcDuring.Now() - before);
        }

        var gcRound = GcDuring.Now() - gcBefore;
        var allocatedPerDraft = (GC.GetTotalAllocatedBytes() - allocatedBefore) / (double)requests;
        var jitDuring = (Methods: System.Runtime.JitInfo.GetCompiledMethodCount() - jitBefore.Methods, Time: System.Runtime.JitInfo.GetCompilationTime() - jitBefore.Time);

        var cpuPerDraft = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / requests;

        // One message at a time, so spans and the ledger's drafts are in the same order; the last ones are the measured.
        double[] Last(string span) => spans[span].ToArray()[^requests..];
        var draftSpans = Last("chatops.draft");
        var gatewaySpans = Last("chatops.gateway");
        var recordSpans = Last("chatops.record");
        var measuredModel = (await ModelLatencyPerDraftAsync(app.Services.GetRequiredService<ILedgerStore>()))[^requests..];
        var gatewayOwn = gatewaySpans.Zip(measuredModel, (span, call) => span - call).ToArray();
        var overhead = gatewayOwn.Zip(recordSpans, (own, record) => own + record).ToList();
        var loadAfter = (await File.ReadAllTextAsync("/proc/loadavg")).Trim();

        System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{requests} drafts (distinct requests, incident-internal, zero-latency loopback model over HTTP, SQLite, budget checked in the database), {warmed} warm-up ({warmup} asked, then steps of 50 until two in a row compiled at most 5 methods: {string.Join(", ", settle)}); model requests served: {model.RequestCount}"));
        System.Console.WriteLine($"load average before: {loadBefore}; after: {loadAfter}");
        System.Console.WriteLine(Poll ? "answer awaited by asking for the thread every 1 ms (GATEWAY_POLL=1)" : "answer awaited by the console's wait (one GET ...&after=1 per draft)");
        System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"process CPU per draft (host, loopback model and load generator, all in this process): {cpuPerDraft:F3} ms"));
        System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"JIT during the measured drafts: {jitDuring.Methods} methods compiled, {jitDuring.Time.TotalMilliseconds:F1} ms; per 100 drafts: {string.Join(", ", jitPerHundred.Zip(jitPerHundred.Skip(1), (a, b) => b - a))}"));
        Print("message -> answer card", answers);
        Print("chatops.draft span (whole draft request)", [.. draftSpans]);
        Print("model call (loopback HTTP, as the gateway timed it)", [.. measuredModel]);
        Print("gateway span - model call", [.. gatewayOwn]);
        Print("ledger append of draft + model-call records", [.. recordSpans]);
        Print("GATEWAY OVERHEAD (gateway - model + ledger append)", overhead);
        System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"GC during the measured drafts ({System.Runtime.GCSettings.IsServerGC switch { true => "server", false => "workstation" }} GC): gen0 {gcRound.Gen0}, gen1 {gcRound.Gen1}, gen2 {gcRound.Gen2} collections, {gcRound.PauseMs:F1} ms paused in all; drafts with a collection during them: {collections.Count(c => c.Gen0 > 0)}"));
        Print("GATEWAY OVERHEAD, drafts with no collection during them", [.. overhead.Where((_, i) => collections[i].Gen0 == 0)]);
        System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocated per draft (host, loopback model and load generator): {allocatedPerDraft / 1024:F0} KB"));

        // What the tail is made of: each of the slowest drafts with its two parts and whether a collection ran during it.
        System.Console.WriteLine("slowest 10 drafts: overhead = gateway's own + append (ms), collections during the draft");
        foreach (var i in Enumerable.Range(0, overhead.Count).OrderByDescending(i => overhead[i]).Take(10))
        {
            System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  draft {i,4}: {overhead[i],7:F3} = {gatewayOwn[i],7:F3} + {recordSpans[i],7:F3}, gen0 collections {collections[i].Gen0}"));
        }

        foreach (var part in spans.Keys.Where(k => k.StartsWith("part.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            // Temporary spans put in while looking for where the time goes; present only in such a build.
            Print(part, [.. spans[part].ToArray()[^Math.Min(requests, spans[part].Count)..]]);
        }
        Overlaps.Print([.. timeline], requests);
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    // The console's own wait for the bot's answer (after=1: the person's message is entry 1), one request per draft.
    // GATEWAY_POLL=1 asks again every millisecond instead, as this bench did before the console could wait: that
    // polling was the load generator's own CPU on the host's 2 cores, beside the drafts it measures.
    private static readonly bool Poll = Environment.GetEnvironmentVariable("GATEWAY_POLL") == "1";

    private static async Task<double> OneAsync(HttpClient client, int n)
    {
        var thread = $"gateway-{n}";
        var watch = Stopwatch.StartNew();
        var posted = await client.PostAsJsonAsync($"/console/api/threads/{thread}/messages", new { @as = "alice", text = "draft incident-internal INC-2041 status " + n });
        posted.EnsureSuccessStatusCode();
        while (true)
        {
            // Read in place (pooled buffers), not into a tree of nodes: the chat client's parsing is not the host's work, and
            // in this process its garbage was collected in the host's pauses.
            await using var body = await client.GetStreamAsync(Poll ? $"/console/api/threads/{thread}?as=alice" : $"/console/api/threads/{thread}?as=alice&after=1&wait=30");
            using var entries = await JsonDocument.ParseAsync(body);
            if (entries.RootElement.GetArrayLength() >= 2)
            {
                var answer = entries.RootElement[1];
                if (!answer.TryGetProperty("card", out var card) || card.ValueKind != JsonValueKind.Object || !card.TryGetProperty("kind", out var kind) || kind.GetString() != "draft")
                {
                    throw new InvalidOperationException($"Message {n} was not drafted: {answer.GetRawText()}");
                }

                return watch.Elapsed.TotalMilliseconds;
            }

            if (Poll)
            {
                await Task.Delay(1);
            }
        }
    }

    // The model calls' latency summed per draft, in the order the drafts were recorded.
    private static async Task<double[]> ModelLatencyPerDraftAsync(ILedgerStore ledger)
    {
        var calls = await ledger.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.ModelCall));
        return [.. calls.Select(r => JsonNode.Parse(r.Payload!)!)
            .GroupBy(p => p["draft_id"]!.GetValue<string>())
            .Select(g => g.Sum(p => p["latency_ms"]!.GetValue<double>()))];
    }

    /// <summary>An activity's name, start and end (ticks), and whether it ran inside a draft's <c>chatops.record</c>.</summary>
    internal readonly record struct Span(string Name, long Start, long End, bool InRecord, Dictionary<string, long>? Tags = null);

    private static bool HasAncestor(Activity activity, string name)
    {
        for (var parent = activity.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent.OperationName == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Collections of each generation (gen0 counts every collection) and the time the runtime was paused for them.</summary>
    private readonly record struct GcDuring(int Gen0, int Gen1, int Gen2, double PauseMs)
    {
        public static GcDuring Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration().TotalMilliseconds);

        public static GcDuring operator -(GcDuring a, GcDuring b) => new(a.Gen0 - b.Gen0, a.Gen1 - b.Gen1, a.Gen2 - b.Gen2, a.PauseMs - b.PauseMs);
    }

    // Sorts a copy: the callers' lists stay in draft order, so a filter by draft index after a print still pairs each
    // draft with its own collections (sorting in place had paired the sorted overheads with other drafts' collections).
    private static void Print(string what, List<double> unsorted)
    {
        var values = unsorted.Order().ToList();
        double At(double p) => values[Math.Min(values.Count - 1, (int)Math.Ceiling(p * values.Count) - 1)];
        System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-52} median {At(0.5),8:F3} ms  p90 {At(0.9),8:F3} ms  p99 {At(0.99),8:F3} ms  max {values[^1],8:F3} ms"));
    }
}
