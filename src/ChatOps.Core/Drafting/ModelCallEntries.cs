using System.Text.Json.Nodes;
using ChatOps.Core.Ledger;

namespace ChatOps.Core.Drafting;

/// <summary>The ledger record of one model call: a <c>model-call</c> record per attempt, so cost and tokens can be summed by workflow and endpoint.</summary>
public static class ModelCallEntries
{
    /// <summary>The record of <paramref name="call"/>; <paramref name="draftId"/> is null for calls of a request that made no draft.</summary>
    public static LedgerEntry For(ModelCall call, string workflow, string? draftId, string? thread, string? ticket)
    {
        ArgumentNullException.ThrowIfNull(call);
        var payload = new JsonObject
        {
            ["draft_id"] = draftId,
            ["workflow"] = workflow,
            ["endpoint"] = call.Endpoint,
            ["model"] = call.Model,
            ["purpose"] = call.PurposeName,
            ["outcome"] = call.Outcome,
            ["input_tokens"] = call.Usage.InputTokens,
            ["output_tokens"] = call.Usage.OutputTokens,
            ["cost"] = call.Cost,
            ["latency_ms"] = Math.Round(call.Latency.TotalMilliseconds, 1),
            ["cached"] = call.Cached,
        };
        return new LedgerEntry(LedgerRecordKinds.ModelCall, workflow, draftId, thread, ticket, null, payload);
    }
}
