using BenchmarkDotNet.Attributes;
using ChatOps.Core.Checking;
using ChatOps.Core.Drafting;
using ChatOps.Core.Evidence;
using ChatOps.Drafting.Providers;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Drafting.Benchmarks;

/// <summary>Pipeline overhead per draft without the model's own latency: render, kernel, gate (checker), cost, budget.</summary>
[MemoryDiagnoser]
public class DraftingPipelineBenchmarks
{
    private const string Draft =
        "# Broadband outage\n\n- Broadband service for 4,920 lines was interrupted from 05:37 UTC [S1][S2].\n" +
        "- A fibre cable was cut during third-party roadworks [S1].\n- All lines were back in service by 09:18 UTC [S2].\n\nWe are sorry for the disruption.\n";

    private static readonly EvidenceSet Evidence = new(
    [
        new Source("S1", SourceKind.Ticket, "INC-55210", "https://tickets.example/INC-55210",
            "INC-55210 Broadband outage for customers in the Severn exchange area. Opened 2026-09-03 05:41 UTC. Fibre cut by third-party roadworks; cable spliced. Service restored 09:18 UTC. 4,920 lines affected."),
        new Source("S2", SourceKind.LogQuery, "lines down", "https://noc.example/q/sev-01",
            "query: exchange=SEV-01 | count(lines_down) by 5m\nresult: 05:37 UTC 4,920; 08:55 UTC 1,100; 09:18 UTC 0"),
    ]);

    private ServiceProvider instant = null!;
    private ServiceProvider offline = null!;
    private readonly CiteFirstChecker checker = new();
    private DraftRequest request = null!;

    [GlobalSetup]
    public void Setup()
    {
        instant = Build(new ServiceCollection().AddSingleton<IChatServiceSource>(new InstantChatServiceSource(Draft)));
        offline = Build(new ServiceCollection());
        request = new DraftRequest("customer-update", Evidence);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        instant.Dispose();
        offline.Dispose();
    }

    /// <summary>The whole pipeline around a model that answers instantly: this is the overhead the target bounds.</summary>
    [Benchmark(Baseline = true)]
    public Task<DraftResult> PipelineWithInstantModel() => instant.GetRequiredService<IDraftingService>().DraftAsync(request);

    /// <summary>The cite-first checker alone on the same draft: the part of the overhead the gate cannot avoid.</summary>
    [Benchmark]
    public CheckResult CheckerAlone() => checker.Check(Evidence, Draft, "customer-update");

    /// <summary>The offline drafter end to end: the pipeline plus extractive drafting and its own checking.</summary>
    [Benchmark]
    public Task<DraftResult> OfflineDrafter() => offline.GetRequiredService<IDraftingService>().DraftAsync(request);

    private static ServiceProvider Build(IServiceCollection services) =>
        services.AddChatOpsDrafting(options => options.CacheTtl = TimeSpan.Zero).BuildServiceProvider();
}
