using System.Text.Json.Serialization;

namespace ChatOps.Core.Ledger.Records;

/// <summary>
/// The content of a ledger record: one sealed record type per kind and shape version (<c>DecisionV1</c>, …), written
/// and read only through <see cref="LedgerJsonContext"/>.
/// </summary>
/// <remarks>
/// Every body written before shapes were versioned is v1 and carries no <c>schema</c> key, so the bytes the chain
/// already covers stay what they were. A later shape of a kind is its own type (<c>DecisionV2</c>) and writes its
/// number; a reader tells them apart by <see cref="SchemaVersion"/>.
/// </remarks>
public abstract record LedgerBody
{
    /// <summary>The stored shape number; null (absent) is v1.</summary>
    [JsonPropertyName("schema")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Schema { get; init; }

    /// <summary>The shape version this body was written in.</summary>
    [JsonIgnore]
    public int SchemaVersion => Schema ?? 1;
}
