using System.Text.Json.Nodes;
using ChatOps.Core.Ledger;
using ChatOps.Core.Workflows;

namespace ChatOps.Ledger.Benchmarks;

/// <summary>
/// A ledger shaped like real use for the scorecard: drafts of seven workflows spread over 180 days, each with its
/// model calls, checks (a third rejected first, then edited), a request, a decision a few seconds to hours later and a
/// write-back (one in twenty failed): about 8.3 records per draft; every draft, thread and ticket distinct.
/// </summary>
public static class ScorecardRecords
{
    public const int Days = 180;

    private static readonly string[] Rules = ["uncited-claim", "unlabelled-unknown", "timeline-missing-reference", "ungrounded-specific", "foreign-link", "unknown-source"];
    private static readonly string[] People = ["alice", "bob", "carol", "dave", "erin", "frank"];

    /// <summary>
    /// The appends of one cohort of drafts that move together: each append is one step (model call, draft, check, edit,
    /// request, decision, write-back) of every draft in the cohort, at the cohort's time for that step, since the store
    /// stamps an append with one time. Cohorts are small, so latencies and days vary as widely as in real use.
    /// </summary>
    public static IEnumerable<(TimeSpan At, LedgerEntry[] Entries)> Cohort(int cohort, int size, int cohorts)
    {
        var random = new Random(cohort * 7919 + 1);
        var at = TimeSpan.FromDays(Days * (double)cohort / cohorts) + TimeSpan.FromSeconds(random.Next(3_600));
        var drafts = Enumerable.Range(0, size).Select(i => new DraftPlan((long)cohort * size + i, new Random(cohort * 104_729 + i))).ToArray();
        TimeSpan Later(double seconds) => at += TimeSpan.FromSeconds(seconds);
        IEnumerable<(TimeSpan, LedgerEntry[])> Step(double after, Func<DraftPlan, LedgerEntry?> entry)
        {
            var entries = drafts.Select(entry).OfType<LedgerEntry>().ToArray();
            var when = Later(after);
            return entries.Length == 0 ? [] : [(when, entries)];
        }

        foreach (var step in Step(2, d => d.ModelCall(0))) yield return step;
        foreach (var step in Step(3, d => d.Calls > 1 ? d.ModelCall(1) : null)) yield return step;
        foreach (var step in Step(1, d => d.Entry(LedgerRecordKinds.DraftCreated, DraftPayload(d.Drafter, d.Endpoint, d.Random)))) yield return step;
        foreach (var step in Step(0.1, d => d.Entry(LedgerRecordKinds.CheckResult, Check(d.RejectedFirst ? [Rules[d.Random.Next(Rules.Length)], Rules[d.Random.Next(Rules.Length)]] : [])))) yield return step;
        foreach (var step in Step(60 + random.Next(600), d => d.RejectedFirst ? d.Entry(LedgerRecordKinds.DraftCreated, new JsonObject
        {
            ["drafter"] = d.Drafter, ["model_id"] = "human", ["output"] = "Checkout errors reached 12% of requests [LOG-7].", ["output_hash"] = $"{d.N:x}e",
        }) : null)) yield return step;
        foreach (var step in Step(0.1, d => d.RejectedFirst ? d.Entry(LedgerRecordKinds.CheckResult, Check([])) : null)) yield return step;
        foreach (var step in Step(30, d => d.Entry(LedgerRecordKinds.ApprovalRequested, new JsonObject { ["by"] = d.Drafter, ["to_people"] = new JsonArray(d.Approver), ["approvals_required"] = 1 }))) yield return step;
        foreach (var step in Step(Math.Exp(random.NextDouble() * 10), d => d.Entry(LedgerRecordKinds.Decision, new JsonObject
        {
            ["by"] = d.Approver, ["roles"] = new JsonArray("comms-lead"), ["verdict"] = d.Verdict, ["reason"] = d.Verdict == "Approve" ? null : "Needs the ticket.", ["status"] = d.Verdict,
        }))) yield return step;
        foreach (var step in Step(2, d => d.Verdict == "Approve" ? d.Entry(LedgerRecordKinds.WriteBack, new JsonObject
        {
            ["target"] = "jira", ["outcome"] = d.Random.Next(20) == 0 ? "failed" : "posted", ["attempts"] = 1, ["job"] = $"wb:{d.Draft}",
        }) : null)) yield return step;
    }

    /// <summary>One draft's choices: workflow, people, endpoint, calls, whether its first check fails, the verdict.</summary>
    private sealed class DraftPlan(long n, Random random)
    {
        public long N { get; } = n;

        public Random Random { get; } = random;

        public string Workflow { get; } = WorkflowNames.All[(int)(n % WorkflowNames.All.Count)];

        public string Draft { get; } = $"d-{n:x8}";

        public string Drafter { get; } = People[random.Next(People.Length)];

        public string Approver => People[(Array.IndexOf(People, Drafter) + 1 + (int)(N % (People.Length - 1))) % People.Length];

        public string Endpoint { get; } = random.Next(4) == 0 ? "azure-gpt-4o" : "openai-gpt-4o-mini";

        public int Calls { get; } = 1 + random.Next(2);

        public bool RejectedFirst { get; } = random.Next(3) == 0;

        public string Verdict { get; } = random.Next(10) switch { < 8 => "Approve", 8 => "Reject", _ => "RequestChanges" };

        public LedgerEntry Entry(string kind, JsonObject payload) =>
            new(kind, Workflow, Draft, $"slack/C{N % 40:D3}/17{N:D8}.000100", $"INC-{N}", null, payload);

        public LedgerEntry ModelCall(int attempt) => Entry(LedgerRecordKinds.ModelCall, new JsonObject
        {
            ["draft_id"] = Draft, ["workflow"] = Workflow, ["endpoint"] = Endpoint, ["model"] = "gpt-4o", ["purpose"] = attempt == 0 ? "draft" : "repair",
            ["outcome"] = "ok", ["input_tokens"] = 1500 + Random.Next(3000), ["output_tokens"] = 200 + Random.Next(600),
            ["cost"] = Math.Round(0.001 + Random.NextDouble() * 0.02, 6), ["latency_ms"] = 400 + Random.Next(4000), ["cached"] = false,
        });
    }

    private static JsonObject DraftPayload(string drafter, string endpoint, Random random) => new()
    {
        ["drafter"] = drafter,
        ["request"] = "status for EU customers",
        ["prompt_id"] = "customer-update",
        ["prompt_version_hash"] = "sha256:c6290bb4f5cae9d3039932a7285357c8236935deab8702eec0ff5ef1b8b7278e",
        ["model_id"] = endpoint,
        ["model_settings"] = new JsonObject { ["model"] = "gpt-4o", ["cost"] = "0.0123", ["input_tokens"] = "4000", ["output_tokens"] = "700" },
        ["output"] = "# Service update\n\n- Checkout errors reached 12% of requests between 13:58 and 14:40 UTC [LOG-7].\n- UNKNOWN: the cause.",
        ["output_hash"] = Convert.ToHexStringLower(BitConverter.GetBytes(random.NextInt64())),
    };

    private static JsonObject Check(string[] rules) => new()
    {
        ["version"] = "v",
        ["verdict"] = rules.Length == 0 ? "accepted" : "rejected",
        ["findings"] = new JsonArray(rules.Select(r => (JsonNode)new JsonObject { ["rule"] = r, ["line"] = 3, ["message"] = "This states a fact but cites no source." }).ToArray()),
    };
}
