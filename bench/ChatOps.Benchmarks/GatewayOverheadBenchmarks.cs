using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ChatOps.Core.Conversations;
using ChatOps.Core.Conversations.Replies;
using ChatOps.Host.Composition;
using ChatOps.Host.Console;
using ChatOps.Testing.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Perfolizer.Horology;
using System.Diagnostics.CodeAnalysis;

namespace ChatOps.Benchmarks;

/// <summary>
/// A draft through the host as it is wired (ChatOpsApp: the conversation core, the model gateway on Semantic Kernel,
/// the SQLite ledger with its budget, log sync, checkpoints and projector) against a loopback OpenAI-compatible model
/// that answers at once, one draft per measured operation. <see cref="Draft"/> is the whole turn the worker runs for
/// "draft incident-internal INC-2041 …": the kill-switch read, the evidence, routing, the cache lookup (a miss: every
/// request is distinct), the budget reservation in the database, the model call, the gate's check, the ledger append of
/// the draft with its model-call record and the check's record. <see cref="ModelCall"/> is that model call alone: the
/// same request body to the same server, so Draft − ModelCall is the gateway's and the ledger's part.
/// </summary>
[Config(typeof(Config))]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet calls GlobalCleanup, which disposes the client with the host.")]
public class GatewayOverheadBenchmarks
{
    private const string Reply =
        "The checkout API returned errors for 1,200 customers in the EU [INC-2041].\n" +
        "The checkout-api 5xx rate was 12% of requests from 13:58 to 14:40 UTC [LOG-7].\n" +
        "Checkout-api was rolled back from v2.3.1 to v2.3.0 at 14:31 UTC [DEP-88].\n" +
        "We will post the next update by 16:00 UTC.\n";

    private LoopbackModelServer model = null!;
    private WebApplication app = null!;
    private ConversationCore core = null!;
    private HttpClient client = null!;
    private string folder = "";
    private string body = "";
    private int next;

    [GlobalSetup(Target = nameof(Draft))]
    public void SetupDrafts() => Setup(draftWarmup: true);

    // The model call's own figures without the drafts' warm-up behind it (the projector folding a thousand records).
    [GlobalSetup(Target = nameof(ModelCall))]
    public void SetupModelCall() => Setup(draftWarmup: false);

    private void Setup(bool draftWarmup)
    {
        model = LoopbackModelServer.Start(ScriptedReply.Draft(Reply, 1200, 300));
        folder = Directory.CreateTempSubdirectory("chatops-gateway-bdn-").FullName;
        app = ChatOpsApp.Build(["--Urls", "http://127.0.0.1:0", "--ConnectionStrings:Ledger", Path.Combine(folder, "ledger.db"),
            "--Logging:LogLevel:Default", "Error",
            "--Model:Provider", "openai", "--Model:Endpoint", model.BaseAddress.ToString(), "--Model:Name", "loopback-zero-latency",
            "--Model:Owner", "bench", "--Model:ApiKey", "sk-bench", "--Model:InputPricePer1KTokens", "0.0025", "--Model:OutputPricePer1KTokens", "0.01",
            "--Drafting:Workflows:incident-internal:DraftsPerDay", "100000000"]);
        app.StartAsync().GetAwaiter().GetResult();
        core = app.Services.GetRequiredService<ConversationCore>();
        client = new HttpClient();

        // A host runs for days: warm up until the runtime's tier-1 compilation settles (as bench/gateway/run.sh does),
        // so the measured drafts are the steady state, not the JIT's.
        var quiet = draftWarmup ? 0 : 2;
        Draft().GetAwaiter().GetResult();
        for (var step = 0; step < 60 && quiet < 2; step++)
        {
            var before = System.Runtime.JitInfo.GetCompiledMethodCount();
            for (var i = 0; i < 50; i++)
            {
                Draft().GetAwaiter().GetResult();
            }

            Thread.Sleep(500);
            quiet = System.Runtime.JitInfo.GetCompiledMethodCount() - before <= 5 ? quiet + 1 : 0;
        }

        body = model.Completions[^1].Body;
        for (var i = 0; i < (draftWarmup ? 0 : 1000); i++)
        {
            ModelCall().GetAwaiter().GetResult();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        client.Dispose();
        app.StopAsync().GetAwaiter().GetResult();
        app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        model.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>One distinct draft request (its own thread and delivery id: no cache hit, no duplicate) through the core.</summary>
    [Benchmark]
    public async Task<ConversationReply> Draft()
    {
        var n = Interlocked.Increment(ref next);
        var reply = await core.HandleMessageAsync(
            new IncomingMessage(ConsoleIdentity.Person("alice"), ConsoleIdentity.Thread($"bdn-{n}"), $"draft incident-internal INC-2041 status {n}") { DeliveryId = $"bdn-{n}" });
        return reply.ToThread.Count > 0 && reply.ToThread[0].Kind == Core.Cards.CardKind.Draft ? reply : throw new InvalidOperationException($"Draft {n} was not drafted.");
    }

    /// <summary>The gateway's request to the loopback model alone, as the gateway sent it (body and key).</summary>
    [Benchmark]
    public async Task<int> ModelCall()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(model.BaseAddress, "chat/completions")) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "sk-bench");
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }

    /// <summary>One draft per measured operation, every operation kept (the tail is the point), in this process.</summary>
    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithInvocationCount(1)
                .WithUnrollFactor(1)
                .WithWarmupCount(50)
                .WithIterationCount(1000)
                .WithOutlierMode(Perfolizer.Mathematics.OutlierDetection.OutlierMode.DontRemove));
            AddColumn(StatisticColumn.Median, StatisticColumn.P90, new PercentileColumn(99), StatisticColumn.Max);
            WithSummaryStyle(SummaryStyle.Default.WithTimeUnit(TimeUnit.Millisecond));
        }
    }

    /// <summary>A percentile BenchmarkDotNet has no column of its own for (P99).</summary>
    private sealed class PercentileColumn(int percentile) : IColumn
    {
        public string Id => $"P{percentile}";

        public string ColumnName => $"P{percentile}";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Statistics;

        public int PriorityInCategory => 10;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Time;

        public string Legend => $"Percentile {percentile}: {percentile} % of the operations took at most this long";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
            summary[benchmarkCase]?.ResultStatistics is { } statistics
                ? string.Create(CultureInfo.InvariantCulture, $"{statistics.Percentiles.Percentile(percentile) / 1e6:N3} ms")
                : "-";

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
