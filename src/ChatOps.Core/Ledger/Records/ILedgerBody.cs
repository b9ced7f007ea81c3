using System.Text.Json.Serialization.Metadata;

namespace ChatOps.Core.Ledger.Records;

/// <summary>What a body type says about itself: the record kind it is the content of, and its source-generated JSON contract.</summary>
public interface ILedgerBody<TSelf>
    where TSelf : LedgerBody, ILedgerBody<TSelf>
{
    /// <summary>The <see cref="LedgerRecordKinds"/> value records of this body carry.</summary>
    static abstract string Kind { get; }

    /// <summary>The contract in <see cref="LedgerJsonContext"/>.</summary>
    static abstract JsonTypeInfo<TSelf> Json { get; }
}
