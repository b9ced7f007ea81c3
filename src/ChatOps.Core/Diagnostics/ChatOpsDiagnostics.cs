using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ChatOps.Core.Diagnostics;

/// <summary>The one activity source and meter of ChatOps: spans request → draft → check → approval → write-back, and the counters.</summary>
public static class ChatOpsDiagnostics
{
    public const string Name = "ChatOps";

    public static ActivitySource Source { get; } = new(Name);

    private static readonly Meter Meter = new(Name);

    public static Counter<long> Drafts { get; } = Meter.CreateCounter<long>("chatops.drafts", description: "Drafts made, by workflow and verdict.");

    public static Counter<long> Rejections { get; } = Meter.CreateCounter<long>("chatops.check.rejections", description: "Checker findings on drafts, by rule.");

    public static Histogram<double> ReviewLatency { get; } = Meter.CreateHistogram<double>("chatops.review.latency", unit: "s", description: "Time from approval request to decision.");

    public static Counter<long> Tokens { get; } = Meter.CreateCounter<long>("chatops.tokens", description: "Model tokens used, by direction.");

    public static Counter<double> Cost { get; } = Meter.CreateCounter<double>("chatops.cost", description: "Model cost, by workflow.");

    public static Counter<long> WriteBacks { get; } = Meter.CreateCounter<long>("chatops.writebacks", description: "Write-back attempts, by target and outcome.");
}
