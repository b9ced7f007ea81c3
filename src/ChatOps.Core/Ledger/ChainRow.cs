namespace ChatOps.Core.Ledger;

/// <summary>
/// One stored record as <see cref="ChainVerifier"/> reads it: each text column's stored UTF-8 bytes, so verifying
/// needs no string or record per row. The spans are valid only during the call that receives the row.
/// </summary>
/// <remarks>A NULL column has an empty span and its flag in <see cref="Nulls"/>; empty text has the span alone.</remarks>
public readonly ref struct ChainRow
{
    public long Sequence { get; init; }

    public ReadOnlySpan<byte> At { get; init; }

    public ReadOnlySpan<byte> Kind { get; init; }

    public ReadOnlySpan<byte> Workflow { get; init; }

    public ReadOnlySpan<byte> DraftId { get; init; }

    public ReadOnlySpan<byte> Thread { get; init; }

    public ReadOnlySpan<byte> Ticket { get; init; }

    public ReadOnlySpan<byte> IdempotencyKey { get; init; }

    public ReadOnlySpan<byte> Payload { get; init; }

    public ReadOnlySpan<byte> ContentHash { get; init; }

    public ReadOnlySpan<byte> PreviousHash { get; init; }

    public ReadOnlySpan<byte> Hash { get; init; }

    public ChainColumns Nulls { get; init; }

    public bool IsNull(ChainColumns column) => (Nulls & column) != 0;

    /// <summary>The column's bytes, in the order of <see cref="ChainColumns"/> (At first, Hash last).</summary>
    public ReadOnlySpan<byte> this[ChainColumns column] => column switch
    {
        ChainColumns.At => At,
        ChainColumns.Kind => Kind,
        ChainColumns.Workflow => Workflow,
        ChainColumns.DraftId => DraftId,
        ChainColumns.Thread => Thread,
        ChainColumns.Ticket => Ticket,
        ChainColumns.IdempotencyKey => IdempotencyKey,
        ChainColumns.Payload => Payload,
        ChainColumns.ContentHash => ContentHash,
        ChainColumns.PreviousHash => PreviousHash,
        ChainColumns.Hash => Hash,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "One column at a time."),
    };
}
