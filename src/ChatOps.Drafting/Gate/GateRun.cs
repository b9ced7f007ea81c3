using ChatOps.Core.Checking;
using ChatOps.Core.Drafting;
using ChatOps.Core.Evidence;
using ChatOps.Drafting.Cost;
using Microsoft.SemanticKernel;

namespace ChatOps.Drafting.Gate;

/// <summary>One gated invocation of a drafting function on one endpoint: what the gate checks against, and every call it made.</summary>
internal sealed class GateRun(EvidenceSet evidence, string workflow, ModelEndpointOptions endpoint, int maxRepairRounds, bool isEscalation)
{
    /// <summary>The kernel argument that carries the run to the filter.</summary>
    public const string ArgumentName = "chatops_gate_run";

    /// <summary>The prompt variable the repair text goes into.</summary>
    public const string RepairArgument = "repair";

    private readonly List<ModelCall> calls = [];

    public EvidenceSet Evidence { get; } = evidence;

    public string Workflow { get; } = workflow;

    public ModelEndpointOptions Endpoint { get; } = endpoint;

    public int MaxRepairRounds { get; } = maxRepairRounds;

    public IReadOnlyList<ModelCall> Calls => calls;

    public string Draft { get; private set; } = "";

    public CheckResult? LastCheck { get; private set; }

    public static GateRun? From(KernelArguments arguments) =>
        arguments.TryGetValue(ArgumentName, out var value) ? value as GateRun : null;

    /// <summary>The first call of an escalation run is the escalation; every later round is a repair.</summary>
    public ModelCallPurpose PurposeOf(int round) =>
        round > 0 ? ModelCallPurpose.Repair : isEscalation ? ModelCallPurpose.Escalation : ModelCallPurpose.Draft;

    public void RecordReply(ModelCallPurpose purpose, DraftUsage usage, TimeSpan latency) =>
        calls.Add(new ModelCall(Endpoint.Name, Endpoint.Model, purpose, usage, CostCalculator.Price(usage, Endpoint), latency));

    public void RecordFailure(ModelCallPurpose purpose, ModelFailure failure, TimeSpan latency)
    {
        var usage = failure.Usage ?? DraftUsage.None;
        calls.Add(new ModelCall(Endpoint.Name, Endpoint.Model, purpose, usage, CostCalculator.Price(usage, Endpoint), latency, failure.Fault, failure.Detail));
    }

    public void RecordCheck(string draft, CheckResult check)
    {
        Draft = draft;
        LastCheck = check;
    }
}
