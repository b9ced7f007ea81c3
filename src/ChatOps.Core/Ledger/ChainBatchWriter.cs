using System.Collections.Concurrent;
using System.Threading.Channels;

namespace ChatOps.Core.Ledger;

/// <summary>
/// The sink the store reads into: fills batches and hands each full one to the verifier over a bounded channel,
/// reusing the batches the verifier has finished with, so a whole ledger passes through a few buffers.
/// </summary>
internal sealed class ChainBatchWriter(ChannelWriter<ChainRowBatch> output, ConcurrentQueue<ChainRowBatch> finished) : IChainRowSink
{
    public const int RowsPerBatch = 1024;

    private ChainRowBatch current = Take(finished);

    public ValueTask AddAsync(in ChainRow row, CancellationToken cancellationToken = default)
    {
        current.Add(in row);
        if (!current.IsFull)
        {
            return ValueTask.CompletedTask;
        }

        var full = current;
        current = Take(finished);
        return output.WriteAsync(full, cancellationToken);
    }

    /// <summary>Hands over the last, partly filled batch.</summary>
    public ValueTask FlushAsync(CancellationToken cancellationToken) =>
        current.Count == 0 ? ValueTask.CompletedTask : output.WriteAsync(current, cancellationToken);

    private static ChainRowBatch Take(ConcurrentQueue<ChainRowBatch> finished)
    {
        if (finished.TryDequeue(out var batch))
        {
            batch.Clear();
            return batch;
        }

        return new ChainRowBatch(RowsPerBatch);
    }
}
