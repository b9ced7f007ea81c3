using System.Text.Json.Serialization.Metadata;

namespace ChatOps.Core.Ledger.Records;

/// <summary><c>workflow-switched</c> v1: a workflow paused (<see cref="Enabled"/> false) or resumed at run time, by whom and why.</summary>
public sealed record WorkflowSwitchedV1(bool? Enabled, string? By, string? Reason, string? At) : LedgerBody, ILedgerBody<WorkflowSwitchedV1>
{
    public static string Kind => LedgerRecordKinds.WorkflowSwitched;

    public static JsonTypeInfo<WorkflowSwitchedV1> Json => LedgerJsonContext.Default.WorkflowSwitchedV1;
}
