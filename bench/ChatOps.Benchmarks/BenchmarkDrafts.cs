using System.Text;
using ChatOps.Core.Evidence;

namespace ChatOps.Benchmarks;

/// <summary>Realistic drafts of a chosen size: cited claims with numbers and times, lists, table rows, courtesy, unknowns.</summary>
public static class BenchmarkDrafts
{
    public static EvidenceSet Evidence { get; } = new(
    [
        new Source("S1", SourceKind.Ticket, "INC-56001", "https://tickets.example/INC-56001",
            "INC-56001 Route calculation timeouts for EU region. Opened 10:02 UTC. Nightly routing graph rebuild job stuck. 4,920 lines affected."),
        new Source("S2", SourceKind.LogQuery, "route-api EU timeouts", "https://logs.example/q/route-eu-timeouts",
            "route-api eu timeouts: 9.5% of requests from 09:58 to 10:40 UTC; baseline 0.2%; back at 0.2% after 10:40 UTC"),
        new Source("S3", SourceKind.Deploy, "routing-graph restore", "https://deploys.example/routing-graph/restore-1104",
            "routing-graph: restored previous graph version g-20261104 at 10:38 UTC"),
        new Source("S4", SourceKind.ChatMessage, "ops chat", "https://chat.example/m/1",
            "[2026-11-04 10:20 UTC] Dana: paging the routing team."),
        new Source("S5", SourceKind.Doc, "runbook", "https://docs.example/runbooks/routing", "Rebuilds run nightly at 02:00 UTC."),
    ]);

    // Eight statements a cycle, in the shapes real drafts have.
    private static readonly string[] Cycle =
    [
        "Route calculation requests in the EU region timed out at a rate of 9.5% between 09:58 and 10:40 UTC [S2].",
        "The nightly routing graph rebuild was stuck, e.g. for approx. 4,920 lines [S1].",
        "- At 10:38 UTC we restored the previous graph version, g-20261104 [S3].",
        "- Timeouts are back to the 0.2% baseline. [S2]",
        "| EU | 9.5% | 09:58 | [S2] |",
        "Why the rebuild stalled: UNKNOWN.",
        "Please retry failed requests from https://tickets.example/INC-56001 if needed.",
        "We will post the next update by 12:00 UTC.",
    ];

    /// <summary>A draft of exactly <paramref name="statements"/> statements.</summary>
    public static string Create(int statements)
    {
        var builder = new StringBuilder("# INC-56001 update\n\n");
        for (var i = 0; i < statements; i++)
        {
            var line = Cycle[i % Cycle.Length];
            var previous = i == 0 ? null : Cycle[(i - 1) % Cycle.Length];
            var isBlockBoundary = previous is null || line[0] != previous[0] || line[0] is not ('-' or '|');
            builder.Append(isBlockBoundary && i > 0 ? "\n\n" : "\n");
            if (line[0] == '|' && (previous is null || previous[0] != '|'))
            {
                builder.Append("| Region | Rate | Since | Source |\n|---|---|---|---|\n");
            }

            builder.Append(line);
        }

        return builder.Append('\n').ToString();
    }
}
