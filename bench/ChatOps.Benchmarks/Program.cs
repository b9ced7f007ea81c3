using System.Diagnostics;
using BenchmarkDotNet.Running;
using ChatOps.Benchmarks;
using ChatOps.Core.Checking;

if (args is ["--quick", ..])
{
    // A quick look while working on the checker (not the recorded figures: those come from BenchmarkDotNet): bytes
    // allocated per statement and statements per second on this thread, for the benchmark's drafts.
    var checker = new CiteFirstChecker();
    foreach (var size in new[] { 200, 10_000 })
    {
        var draft = BenchmarkDrafts.Create(size);
        var rounds = Math.Max(3, 400_000 / size);
        for (var i = 0; i < rounds; i++)
        {
            checker.Check(BenchmarkDrafts.Evidence, draft);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
        {
            checker.Check(BenchmarkDrafts.Evidence, draft);
        }

        clock.Stop();

        // The process's CPU time (the GC's included) over the same loop: on a machine shared with other work the wall
        // clock counts the time spent waiting for a core, the CPU time does not.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)rounds / size;
        var perSecond = size * rounds / clock.Elapsed.TotalSeconds;

        // On a shared machine the mean mostly measures the other processes; the fastest of many short batches is
        // the closest to what the code costs when it has the core to itself.
        var best = double.MaxValue;
        var batch = Math.Max(1, rounds / 20);
        for (var b = 0; b < 40; b++)
        {
            var sample = Stopwatch.StartNew();
            for (var i = 0; i < batch; i++)
            {
                checker.Check(BenchmarkDrafts.Evidence, draft);
            }

            best = Math.Min(best, sample.Elapsed.TotalMilliseconds / batch);
        }

        Console.WriteLine($"{size,6} statements: {bytes,7:F0} B/statement, {perSecond,10:N0} statements/s mean ({clock.Elapsed.TotalMilliseconds / rounds:F3} ms per check), best batch {size / best * 1000,10:N0} statements/s ({best:F3} ms), {size * rounds / cpu.TotalSeconds,10:N0} statements per CPU second");
    }

    return;
}

// By a type of this assembly: the host's assembly, referenced for the gateway benchmark, has a Program of its own.
BenchmarkSwitcher.FromAssembly(typeof(CheckerBenchmarks).Assembly).Run(args);

/// <summary>Entry point type for the benchmark switcher.</summary>
public partial class Program;
