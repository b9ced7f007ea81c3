using BenchmarkDotNet.Attributes;
using ChatOps.Core.Checking;

namespace ChatOps.Benchmarks;

/// <summary>Checker cost by draft size: 200 statements is the target case, the others show the cost stays linear.</summary>
[MemoryDiagnoser]
public class CheckerBenchmarks
{
    private readonly CiteFirstChecker checker = new();
    private string draft = "";

    [Params(10, 200, 1_000, 10_000)]
    public int Statements { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        draft = BenchmarkDrafts.Create(Statements);
        var counted = checker.Check(BenchmarkDrafts.Evidence, draft).Statements.Count;
        if (counted != Statements)
        {
            throw new InvalidOperationException($"The benchmark draft has {counted} statements, not {Statements}.");
        }
    }

    [Benchmark]
    public CheckResult Check() => checker.Check(BenchmarkDrafts.Evidence, draft);
}
