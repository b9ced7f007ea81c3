using ChatOps.Core.Ledger;
using ChatOps.Core.Ledger.Records;

namespace ChatOps.Core.Drafting;

/// <summary>The ledger record of one model call: a <c>model-call</c> record per attempt, so cost and tokens can be summed by workflow and endpoint.</summary>
public static class ModelCallEntries
{
    /// <summary>The record of <paramref name="call"/>; <paramref name="draftId"/> is null for calls of a request that made no draft.</summary>
    public static LedgerEntry For(ModelCall call, string workflow, string? draftId, string? thread, string? ticket)
    {
        ArgumentNullException.ThrowIfNull(call);
        var body = new ModelCallV1(draftId, workflow, call.Endpoint, call.Model, call.PurposeName, call.Outcome, call.Usage.InputTokens, call.Usage.OutputTokens,
            call.Cost, Math.Round(call.Latency.TotalMilliseconds, 1), call.Cached);
        return LedgerBodies.Entry(body, workflow, draftId, thread, ticket, null);
    }
}
