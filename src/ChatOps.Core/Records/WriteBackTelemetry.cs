using System.Diagnostics;
using ChatOps.Core.Diagnostics;
using ChatOps.Core.Ledger;

namespace ChatOps.Core.Records;

/// <summary>The <c>chatops.writeback</c> span of one write-back attempt and its count; never the text that is written back.</summary>
internal static class WriteBackTelemetry
{
    public const string Posted = "posted";
    public const string AlreadyPosted = "already-posted";
    public const string Retrying = "retrying";
    public const string Failed = "failed";
    public const string NoTarget = "no-target";

    public static Activity? Start(QueuedJob job, string target)
    {
        var activity = ChatOpsDiagnostics.Source.StartActivity("chatops.writeback");
        activity?.SetTag("chatops.writeback.target", target);
        activity?.SetTag("chatops.draft.id", job.DraftId);
        activity?.SetTag("chatops.workflow", job.Workflow);
        activity?.SetTag("chatops.writeback.attempt", job.Attempts);
        return activity;
    }

    /// <summary>The kind of failure for <c>error.type</c>: whether trying again may help, never the message (it may quote the target).</summary>
    public static string ErrorType(WriteBackException error) => error.IsTransient ? "transient" : "permanent";

    /// <summary>Ends the attempt: the outcome on the span and the counter; <paramref name="error"/> names what failed, without its message.</summary>
    public static void Finish(Activity? activity, string target, string outcome, string? error = null)
    {
        activity?.SetTag("chatops.writeback.outcome", outcome);
        if (error is not null)
        {
            activity?.SetTag("error.type", error);
            activity?.SetStatus(ActivityStatusCode.Error, outcome);
        }

        ChatOpsDiagnostics.WriteBacks.Add(1, new KeyValuePair<string, object?>("target", target), new KeyValuePair<string, object?>("outcome", outcome));
    }
}
