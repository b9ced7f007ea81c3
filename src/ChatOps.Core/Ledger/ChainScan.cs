using System.Collections.Concurrent;
using System.Text;
using System.Threading.Channels;

namespace ChatOps.Core.Ledger;

/// <summary>
/// The verifier's fast pass: reads the chain as stored bytes (<see cref="ILedgerStore.ReadChainAsync"/>) on one
/// core while this one recomputes every row's hashes and links, and stops at the first row it cannot accept. It
/// judges nothing: the record walk in <see cref="ChainVerifier"/> takes over from that row and names the problem.
/// </summary>
internal static class ChainScan
{
    // Enough batches in flight to keep both cores busy through a slow read or a slow hash, few enough to stay small.
    private const int BatchesInFlight = 4;

    public static async Task<ChainScanResult> RunAsync(ILedgerStore store, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<ChainRowBatch>(new BoundedChannelOptions(BatchesInFlight) { SingleReader = true, SingleWriter = true });
        var finished = new ConcurrentQueue<ChainRowBatch>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(() => ReadAsync(store, channel.Writer, finished, stop.Token), stop.Token);
        try
        {
            return await WalkAsync(channel.Reader, finished, stop.Token);
        }
        finally
        {
            // After a break the rest of the read is not needed.
            await stop.CancelAsync();
            await Task.WhenAny(reading);
        }
    }

    private static async Task ReadAsync(ILedgerStore store, ChannelWriter<ChainRowBatch> writer, ConcurrentQueue<ChainRowBatch> finished, CancellationToken cancellationToken)
    {
        Exception? failure = null;
        try
        {
            var sink = new ChainBatchWriter(writer, finished);
            await store.ReadChainAsync(1, sink, cancellationToken);
            await sink.FlushAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Handed to the walker, which rethrows it on its side of the channel.
            failure = ex;
        }
        finally
        {
            writer.TryComplete(failure);
        }
    }

    private static async Task<ChainScanResult> WalkAsync(ChannelReader<ChainRowBatch> batches, ConcurrentQueue<ChainRowBatch> finished, CancellationToken cancellationToken)
    {
        using var hasher = new RecordHasher();
        var progress = new Progress();
        await foreach (var batch in batches.ReadAllAsync(cancellationToken))
        {
            if (!progress.Accept(batch, hasher))
            {
                return progress.Result(complete: false);
            }

            finished.Enqueue(batch);
        }

        return progress.Result(complete: true);
    }

    /// <summary>The walk's state between batches: what was accepted and the hash the next row must link to.</summary>
    private sealed class Progress
    {
        private byte[] previousHash = Encoding.ASCII.GetBytes(LedgerHashes.Genesis);
        private int previousLength = LedgerHashes.Genesis.Length;
        private long count;
        private long redacted;

        /// <summary>Accepts the batch's rows in order; false at the first row that breaks the chain or its own hashes.</summary>
        public bool Accept(ChainRowBatch batch, RecordHasher hasher)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                var row = batch[i];
                if (row.Sequence != count + 1 || !row.PreviousHash.SequenceEqual(previousHash.AsSpan(0, previousLength)) || !hasher.IsSelfConsistent(row))
                {
                    return false;
                }

                count++;
                redacted += row.IsNull(ChainColumns.Payload) ? 1 : 0;
                if (previousHash.Length < row.Hash.Length)
                {
                    previousHash = new byte[row.Hash.Length];
                }

                row.Hash.CopyTo(previousHash);
                previousLength = row.Hash.Length;
            }

            return true;
        }

        public ChainScanResult Result(bool complete) =>
            new(count, redacted, count == 0 ? null : Encoding.UTF8.GetString(previousHash, 0, previousLength), complete);
    }
}
