using ChatOps.Core.Checking;
using ChatOps.Core.Drafting;
using ChatOps.Core.Evidence;
using Microsoft.SemanticKernel;

namespace ChatOps.Drafting.Gate;

/// <summary>One gated invocation of a drafting function: what the gate checks against, and what it saw on each attempt.</summary>
internal sealed class GateRun(EvidenceSet evidence, string workflow, int maxRepairRounds)
{
    /// <summary>The kernel argument that carries the run to the filter.</summary>
    public const string ArgumentName = "chatops_gate_run";

    /// <summary>The prompt variable the repair text goes into.</summary>
    public const string RepairArgument = "repair";

    public EvidenceSet Evidence { get; } = evidence;

    public string Workflow { get; } = workflow;

    public int MaxRepairRounds { get; } = maxRepairRounds;

    public int Attempts { get; private set; }

    public DraftUsage Usage { get; private set; } = DraftUsage.None;

    public string Draft { get; private set; } = "";

    public CheckResult? LastCheck { get; private set; }

    public static GateRun? From(KernelArguments arguments) =>
        arguments.TryGetValue(ArgumentName, out var value) ? value as GateRun : null;

    public void Record(string draft, CheckResult check, DraftUsage usage)
    {
        Attempts++;
        Draft = draft;
        LastCheck = check;
        Usage = Usage.Add(usage);
    }
}
