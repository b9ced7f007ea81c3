namespace ChatOps.Core.Ledger.Records;

/// <summary>What any record states about who acted, with which verdict and why, read from its typed body; all null when redacted.</summary>
/// <remarks>By is the drafter of a version, or the person who submitted, decided, overrode, switched, retried or ran retention.</remarks>
public sealed record RecordFacts(string? By, string? Verdict, string? Reason)
{
    public static readonly RecordFacts None = new(null, null, null);

    public static RecordFacts Of(LedgerRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Kind switch
        {
            LedgerRecordKinds.DraftCreated => LedgerBodies.Read<DraftCreatedV1>(record) is { } b ? new(b.Drafter, null, null) : None,
            LedgerRecordKinds.CheckResult => LedgerBodies.Read<CheckResultV1>(record) is { } b ? new(null, b.Verdict, null) : None,
            LedgerRecordKinds.CheckOverride => LedgerBodies.Read<CheckOverrideV1>(record) is { } b ? new(b.By, null, b.Reason) : None,
            LedgerRecordKinds.ApprovalRequested => LedgerBodies.Read<ApprovalRequestedV1>(record) is { } b ? new(b.By, null, null) : None,
            LedgerRecordKinds.Decision => LedgerBodies.Read<DecisionV1>(record) is { } b ? new(b.By, b.Verdict, b.Reason) : None,
            LedgerRecordKinds.WorkflowSwitched => LedgerBodies.Read<WorkflowSwitchedV1>(record) is { } b ? new(b.By, null, b.Reason) : None,
            LedgerRecordKinds.WriteBackRetried => LedgerBodies.Read<WriteBackRetriedV1>(record) is { } b ? new(b.By, null, b.Reason) : None,
            LedgerRecordKinds.RetentionRun => LedgerBodies.Read<RetentionRunV1>(record) is { } b ? new(b.By, null, null) : None,
            LedgerRecordKinds.WriteBack => LedgerBodies.Read<WriteBackV1>(record) is { } b ? new(null, null, b.Reason) : None,
            _ => None,
        };
    }
}
