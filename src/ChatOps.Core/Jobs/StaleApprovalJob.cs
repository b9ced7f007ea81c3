using System.Text.Json.Serialization;
using ChatOps.Core.Ledger;

namespace ChatOps.Core.Jobs;

/// <summary>A nudge to the approvers of a request still waiting for the same version after the policy's <c>remind_after_hours</c>.</summary>
public sealed record StaleApprovalJob(string Version, string? Thread, [property: JsonPropertyName("waiting_since")] string? WaitingSince) : JobPayload
{
    protected override string KindName => JobKinds.StaleApproval;
}
