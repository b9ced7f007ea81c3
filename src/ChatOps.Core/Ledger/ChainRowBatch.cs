namespace ChatOps.Core.Ledger;

/// <summary>
/// Rows copied out of a store's read into one reused buffer, so the reader can move on while another core hashes
/// them, without an object per row.
/// </summary>
internal sealed class ChainRowBatch(int capacity)
{
    private const int Columns = 11;
    private readonly long[] sequences = new long[capacity];
    private readonly ChainColumns[] nulls = new ChainColumns[capacity];
    private readonly int[] ends = new int[capacity * Columns];
    private byte[] data = new byte[capacity * 1024];
    private int used;

    public int Count { get; private set; }

    public bool IsFull => Count == sequences.Length;

    public void Clear() => (Count, used) = (0, 0);

    public void Add(in ChainRow row)
    {
        var length = 0;
        for (var column = ChainColumns.At; column <= ChainColumns.Hash; column = (ChainColumns)((int)column << 1))
        {
            length += row[column].Length;
        }

        if (used + length > data.Length)
        {
            Array.Resize(ref data, Math.Max(data.Length * 2, used + length));
        }

        var end = Count * Columns;
        for (var column = ChainColumns.At; column <= ChainColumns.Hash; column = (ChainColumns)((int)column << 1))
        {
            var bytes = row[column];
            bytes.CopyTo(data.AsSpan(used));
            used += bytes.Length;
            ends[end++] = used;
        }

        sequences[Count] = row.Sequence;
        nulls[Count] = row.Nulls;
        Count++;
    }

    public ChainRow this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            var e = ends.AsSpan(index * Columns, Columns);
            var start = index == 0 ? 0 : ends[(index * Columns) - 1];
            return new ChainRow
            {
                Sequence = sequences[index],
                At = data.AsSpan(start, e[0] - start),
                Kind = data.AsSpan(e[0], e[1] - e[0]),
                Workflow = data.AsSpan(e[1], e[2] - e[1]),
                DraftId = data.AsSpan(e[2], e[3] - e[2]),
                Thread = data.AsSpan(e[3], e[4] - e[3]),
                Ticket = data.AsSpan(e[4], e[5] - e[4]),
                IdempotencyKey = data.AsSpan(e[5], e[6] - e[5]),
                Payload = data.AsSpan(e[6], e[7] - e[6]),
                ContentHash = data.AsSpan(e[7], e[8] - e[7]),
                PreviousHash = data.AsSpan(e[8], e[9] - e[8]),
                Hash = data.AsSpan(e[9], e[10] - e[9]),
                Nulls = nulls[index],
            };
        }
    }
}
