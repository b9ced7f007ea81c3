using System.Data;
using ChatOps.Core.Ledger;
using ChatOps.Ledger.Sql;
using Npgsql;

namespace ChatOps.Ledger.Postgres;

/// <summary>
/// The verifier's read on PostgreSQL: one streamed query whose text columns are copied as their UTF-8 bytes into a
/// reused row buffer, skipping the string per column (most of a million-record read) and the record per row.
/// </summary>
internal static class PostgresChainReader
{
    private const string Sql = $"SELECT {SqlLedgerSchema.Columns} FROM ledger_records WHERE seq >= @from ORDER BY seq";
    private const int TextColumns = 11;

    public static async Task ReadAsync(NpgsqlConnection connection, long fromSequence, IChainRowSink sink, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.AddWithValue("from", fromSequence);

        // Sequential: a row's payload is copied from the socket buffer once instead of being buffered whole first.
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
        var row = new RowBuffer();
        while (await reader.ReadAsync(cancellationToken))
        {
            // Rows already in the socket buffer come without a wait, and so without a look at the token.
            cancellationToken.ThrowIfCancellationRequested();
            row.Read(reader);
            await AddAsync(row, sink, cancellationToken);
        }
    }

    private static ValueTask AddAsync(RowBuffer r, IChainRowSink sink, CancellationToken cancellationToken) => sink.AddAsync(
        new ChainRow
        {
            Sequence = r.Sequence,
            At = r[0],
            Kind = r[1],
            Workflow = r[2],
            DraftId = r[3],
            Thread = r[4],
            Ticket = r[5],
            IdempotencyKey = r[6],
            Payload = r[7],
            ContentHash = r[8],
            PreviousHash = r[9],
            Hash = r[10],
            Nulls = r.Nulls,
        },
        cancellationToken);

    /// <summary>One row's columns side by side in a buffer that grows to the largest row and is reused for every row.</summary>
    private sealed class RowBuffer
    {
        private readonly int[] ends = new int[TextColumns];
        private byte[] data = new byte[16 * 1024];

        public long Sequence { get; private set; }

        public ChainColumns Nulls { get; private set; }

        public ReadOnlySpan<byte> this[int column] => data.AsSpan(column == 0 ? 0 : ends[column - 1], ends[column] - (column == 0 ? 0 : ends[column - 1]));

        public void Read(NpgsqlDataReader reader)
        {
            Sequence = reader.GetInt64(0);
            Nulls = ChainColumns.None;
            var used = 0;
            for (var column = 0; column < TextColumns; column++)
            {
                var ordinal = column + 1;
                if (reader.IsDBNull(ordinal))
                {
                    Nulls |= (ChainColumns)(1 << column);
                }
                else
                {
                    // A text column read as bytes is its UTF-8 encoding, as the server sent it.
                    var length = (int)reader.GetBytes(ordinal, 0, null, 0, 0);
                    if (used + length > data.Length)
                    {
                        Array.Resize(ref data, Math.Max(data.Length * 2, used + length));
                    }

                    used += (int)reader.GetBytes(ordinal, 0, data, used, length);
                }

                ends[column] = used;
            }
        }
    }
}
