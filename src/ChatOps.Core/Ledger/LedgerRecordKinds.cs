namespace ChatOps.Core.Ledger;

/// <summary>The kinds of event the ledger records, as stored.</summary>
public static class LedgerRecordKinds
{
    public const string DraftCreated = "draft-created";
    public const string CheckResult = "check-result";
    public const string CheckOverride = "check-override";
    public const string ApprovalRequested = "approval-requested";
    public const string Decision = "decision";
    public const string DecisionExpired = "decision-expired";
    public const string ReminderSent = "reminder-sent";
    public const string WriteBack = "write-back";
    public const string WorkflowSwitched = "workflow-switched";
    public const string WriteBackRetried = "write-back-retried";
    public const string RetentionRun = "retention-run";

    /// <summary>One model call (draft, repair, escalation, failed or cached) with its tokens and cost.</summary>
    public const string ModelCall = "model-call";

    /// <summary>A prompt eval run for a workflow's prompt version: whether it passed, at what rate.</summary>
    public const string PromptEval = "prompt-eval";
}
