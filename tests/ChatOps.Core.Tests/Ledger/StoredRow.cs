using System.Text;
using ChatOps.Core.Ledger;

namespace ChatOps.Core.Tests.Ledger;

/// <summary>A record as a store holds it: each column's UTF-8 bytes (or NULL), to build <see cref="ChainRow"/>s from.</summary>
internal sealed record StoredRow(long Sequence, byte[]?[] Columns)
{
    public static StoredRow Of(LedgerRecord r) => new(r.Sequence,
        [.. new[] { r.At, r.Kind, r.Workflow, r.DraftId, r.Thread, r.Ticket, r.IdempotencyKey, r.Payload, r.ContentHash, r.PreviousHash, r.Hash }.Select(v => v is null ? null : Encoding.UTF8.GetBytes(v))]);

    public StoredRow With(ChainColumns column, byte[]? bytes)
    {
        var columns = (byte[]?[])Columns.Clone();
        columns[int.Log2((int)column)] = bytes;
        return this with { Columns = columns };
    }

    public ChainRow ToRow()
    {
        var nulls = ChainColumns.None;
        for (var i = 0; i < Columns.Length; i++)
        {
            nulls |= Columns[i] is null ? (ChainColumns)(1 << i) : ChainColumns.None;
        }

        return new ChainRow
        {
            Sequence = Sequence,
            At = Columns[0],
            Kind = Columns[1],
            Workflow = Columns[2],
            DraftId = Columns[3],
            Thread = Columns[4],
            Ticket = Columns[5],
            IdempotencyKey = Columns[6],
            Payload = Columns[7],
            ContentHash = Columns[8],
            PreviousHash = Columns[9],
            Hash = Columns[10],
            Nulls = nulls,
        };
    }
}
