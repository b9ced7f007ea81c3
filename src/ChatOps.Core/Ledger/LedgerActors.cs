using ChatOps.Core.Ledger.Records;

namespace ChatOps.Core.Ledger;

/// <summary>The people a record names as acting (drafter, submitter, approver, overrider), which the person search indexes.</summary>
public static class LedgerActors
{
    public static IReadOnlyList<string> Of(LedgerRecord record) =>
        RecordFacts.Of(record).By is { Length: > 0 } person ? [person] : [];
}
