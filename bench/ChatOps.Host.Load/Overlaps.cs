using System.Globalization;

namespace ChatOps.Host.Load;

/// <summary>
/// Which of the measured drafts' appends ran while the ledger's log sync, its checkpoint or another writer was busy:
/// printed when the build traces those (<c>part.*</c> spans), to tell a slow append's cause from the machine's noise.
/// </summary>
internal static class Overlaps
{
    private static readonly string[] Others = ["part.wal.fsync", "part.wal.checkpoint", "part.projector.fold", "part.gate.pooled", "part.gate.jobs", "part.gate.budget", "part.gate.append"];

    public static void Print(GatewayOverhead.Span[] timeline, int requests)
    {
        var records = timeline.Where(s => s.Name == "chatops.record").ToArray();
        if (records.Length < requests || !timeline.Any(s => s.Name == "part.wal.fsync"))
        {
            return;
        }

        records = records[^requests..];
        var from = records[0].Start;
        var to = records[^1].End;
        var window = timeline.Where(s => s.End >= from && s.Start <= to).ToArray();
        var byName = Others.ToDictionary(n => n, n => window.Where(s => s.Name == n && !(n == "part.gate.append" && s.InRecord)).OrderBy(s => s.Start).ToArray(), StringComparer.Ordinal);
        var mine = window.Where(s => s.InRecord).ToArray();
        var rows = records.Select(r =>
        {
            var writer = mine.FirstOrDefault(s => s.Name == "part.gate.append" && s.Start >= r.Start && s.End <= r.End);
            var wait = mine.FirstOrDefault(s => s.Name == "part.append.gatewait" && s.Start >= r.Start && s.End <= r.End);
            return new Row(r, writer, wait, Others.ToDictionary(n => n, n => Overlap(byName[n], writer), StringComparer.Ordinal),
                Others.ToDictionary(n => n, n => Overlap(byName[n], wait), StringComparer.Ordinal), Overlap(byName["part.projector.fold"], r));
        }).ToArray();

        var total = (to - from) / 1e4;
        System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"-- overlap of the measured drafts' appends ({total:F0} ms of run):"));
        foreach (var n in Others)
        {
            var spans = byName[n];
            if (spans.Length == 0)
            {
                continue;
            }

            var d = spans.Select(s => (s.End - s.Start) / 1e4).Order().ToArray();
            var cpu = spans.Sum(s => s.Tags is { } t && t.TryGetValue("cpu_us", out var c) ? c : 0) / 1e3;
            var switches = spans.Sum(s => s.Tags is { } t && t.TryGetValue("vcsw", out var c) ? c : 0);
            System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"   {n,-22} {spans.Length,6} times, busy {d.Sum() / total * 100,5:F1} % of the run, median {d[d.Length / 2],7:F3} ms, p99 {d[Math.Min(d.Length - 1, (int)(d.Length * 0.99))],7:F3} ms, max {d[^1],7:F3} ms; its thread's CPU {cpu,6:F1} ms in all ({cpu / total * 100:F1} % of a core), {switches} voluntary switches"));
        }

        var ordered = rows.OrderByDescending(r => Ms(r.Record)).ToArray();
        var slowCount = Math.Max(1, requests / 50);
        void Group(string label, Row[] group)
        {
            string Share(Func<Row, bool> f) => string.Create(CultureInfo.InvariantCulture, $"{group.Count(f) * 100.0 / group.Length,5:F1} %");
            double Median(Func<Row, double> f) { var v = group.Select(f).Order().ToArray(); return v[v.Length / 2]; }
            System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"   {label,-26} n={group.Length,5}: record median {Median(r => Ms(r.Record)),6:F3} ms, gate wait {Median(r => Ms(r.Wait)),6:F3}, writer {Median(r => Ms(r.Writer)),6:F3}; writer overlapped by fsync {Share(r => r.OnWriter["part.wal.fsync"] > 0)}, checkpoint {Share(r => r.OnWriter["part.wal.checkpoint"] > 0)}, projector's fold {Share(r => r.OnWriter["part.projector.fold"] > 0)}; wait overlapped by pooled writer {Share(r => r.OnWait["part.gate.pooled"] > 0)}, jobs {Share(r => r.OnWait["part.gate.jobs"] > 0)}, budget {Share(r => r.OnWait["part.gate.budget"] > 0)}, other append {Share(r => r.OnWait["part.gate.append"] > 0)}; record overlapped by the projector's fold {Share(r => r.OnRecord > 0)}"));
        }

        static long Tag(Row r, string name) => r.Writer.Tags is { } tags && tags.TryGetValue(name, out var v) ? v : -1;
        void Thread(string label, Row[] group)
        {
            if (group.All(r => Tag(r, "cpu_us") < 0))
            {
                return;
            }

            double Median(Func<Row, double> f) { var v = group.Select(f).Order().ToArray(); return v[v.Length / 2]; }
            string Share(Func<Row, bool> f) => string.Create(CultureInfo.InvariantCulture, $"{group.Count(f) * 100.0 / group.Length,5:F1} %");
            System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"   {label,-26} writer's thread: CPU median {Median(r => Tag(r, "cpu_us")),6:F0} us, run-queue wait median {Median(r => Tag(r, "runq_us")),6:F0} us; blocked (voluntary switch) {Share(r => Tag(r, "vcsw") > 0)}, preempted (involuntary) {Share(r => Tag(r, "ivcsw") > 0)}, page faults {Share(r => Tag(r, "faults") > 0)}"));
        }

        Thread($"slowest {slowCount} (2 %)", ordered[..slowCount]);
        Thread("the rest", ordered[slowCount..]);
        Group($"slowest {slowCount} (2 %)", ordered[..slowCount]);
        Group("the rest", ordered[slowCount..]);
        System.Console.WriteLine("   slowest 15: record / gate wait / writer / outside both (ms); overlap of the writer with fsync, checkpoint (ms); of the wait with other writers (ms)");
        foreach (var r in ordered[..15])
        {
            System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"   {Ms(r.Record),7:F3} / {Ms(r.Wait),6:F3} / {Ms(r.Writer),6:F3} / {Ms(r.Record) - Ms(r.Wait) - Ms(r.Writer),6:F3}; writer CPU {Tag(r, "cpu_us")} us, run-queue {Tag(r, "runq_us")} us, switches {Tag(r, "vcsw")}+{Tag(r, "ivcsw")}, faults {Tag(r, "faults")}; fsync {r.OnWriter["part.wal.fsync"],6:F3}, checkpoint {r.OnWriter["part.wal.checkpoint"],6:F3}, fold {r.OnWriter["part.projector.fold"],6:F3}; pooled {r.OnWait["part.gate.pooled"],6:F3}, jobs {r.OnWait["part.gate.jobs"],6:F3}, budget {r.OnWait["part.gate.budget"],6:F3}, append {r.OnWait["part.gate.append"],6:F3}; fold over the record {r.OnRecord,6:F3}"));
        }
    }

    private static double Ms(GatewayOverhead.Span s) => (s.End - s.Start) / 1e4;

    private static double Overlap(GatewayOverhead.Span[] sorted, GatewayOverhead.Span with)
    {
        if (with.End <= with.Start)
        {
            return 0;
        }

        long sum = 0;
        foreach (var s in sorted)
        {
            if (s.Start >= with.End)
            {
                break;
            }

            sum += Math.Max(0, Math.Min(s.End, with.End) - Math.Max(s.Start, with.Start));
        }

        return sum / 1e4;
    }

    private sealed record Row(GatewayOverhead.Span Record, GatewayOverhead.Span Writer, GatewayOverhead.Span Wait, Dictionary<string, double> OnWriter, Dictionary<string, double> OnWait, double OnRecord);
}
