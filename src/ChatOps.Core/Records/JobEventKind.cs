namespace ChatOps.Core.Records;

/// <summary>The kinds of <see cref="JobEvent"/>.</summary>
public enum JobEventKind
{
    WrittenBack,
    Retrying,
    Failed,
    ReminderDue,
    Expired,
    StaleApproval,
}
