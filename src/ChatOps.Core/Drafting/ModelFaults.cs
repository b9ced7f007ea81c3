namespace ChatOps.Core.Drafting;

/// <summary>What each model fault means for trying again, and its name as recorded in the ledger.</summary>
public static class ModelFaults
{
    /// <summary>Worth another call within the same draft, after a pause (transient, or a reply that may come out differently).</summary>
    public static bool RetryWithinDraft(ModelFault fault) =>
        fault is ModelFault.RateLimited or ModelFault.Unavailable or ModelFault.TimedOut or ModelFault.Unreachable or ModelFault.EmptyReply;

    /// <summary>Worth keeping the whole request and running it again later: the endpoint is busy or down, not wrong.</summary>
    public static bool KeepRequest(ModelFault fault) =>
        fault is ModelFault.RateLimited or ModelFault.Unavailable or ModelFault.TimedOut or ModelFault.Unreachable;

    public static string WireName(ModelFault fault) => fault switch
    {
        ModelFault.RateLimited => "rate-limited",
        ModelFault.Unavailable => "unavailable",
        ModelFault.TimedOut => "timed-out",
        ModelFault.Unreachable => "unreachable",
        ModelFault.Malformed => "malformed-reply",
        ModelFault.ContentFiltered => "content-filtered",
        ModelFault.EmptyReply => "empty-reply",
        _ => "refused",
    };
}
