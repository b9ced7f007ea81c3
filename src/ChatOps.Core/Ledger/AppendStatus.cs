namespace ChatOps.Core.Ledger;

/// <summary>How an append ended.</summary>
public enum AppendStatus
{
    /// <summary>The entries were written.</summary>
    Appended,

    /// <summary>An idempotency key was already recorded; nothing was written and the earlier records are returned.</summary>
    Duplicate,

    /// <summary>The draft moved on since it was read; nothing was written. Read again and retry.</summary>
    Conflict,

    /// <summary>The append's guard refused it; nothing was written and the record that refused it is returned.</summary>
    Refused,
}
