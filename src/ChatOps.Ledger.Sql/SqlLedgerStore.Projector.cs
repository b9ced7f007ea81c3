namespace ChatOps.Ledger.Sql;

/// <summary>
/// The projections are folded behind the appends, not in their transaction: an append writes the chain only, and
/// <see cref="ProjectBehindAppendsAsync"/> folds what the appends wrote in batches, once they pause or once enough are
/// waiting. Every read of a projection first catches up to the head it sees (<see cref="CatchUpBeforeReadAsync"/>), so
/// no reader sees a projection behind a record committed before its read; a crash between an append and its fold
/// leaves the projection head behind, and the next fold or read folds the rest.
/// </summary>
public abstract partial class SqlLedgerStore
{
    /// <summary>How long appends pause before the projector folds what they wrote.</summary>
    public static readonly TimeSpan ProjectorQuietPeriod = TimeSpan.FromMilliseconds(200);

    /// <summary>How many records may wait under steady appends before the projector folds them anyway.</summary>
    public const long ProjectorMaxWaiting = 500;

    private TaskCompletionSource appended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long waitingRecords;
    private long lastAppendTimestamp;

    /// <summary>
    /// Folds appended records into the projections until stopped: once appends of this store pause for
    /// <see cref="ProjectorQuietPeriod"/>, or once <see cref="ProjectorMaxWaiting"/> records wait. A failed fold is
    /// reported to <paramref name="failed"/> and tried again after the next append (a read catches up on its own).
    /// </summary>
    public async Task ProjectBehindAppendsAsync(Action<Exception> failed, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(failed);
        while (true)
        {
            await Volatile.Read(ref appended).Task.WaitAsync(stoppingToken);

            // Reset before folding: an append committed after this point signals again, one before it is folded below.
            Volatile.Write(ref appended, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            while (Interlocked.Read(ref waitingRecords) < ProjectorMaxWaiting
                && Time.GetElapsedTime(Interlocked.Read(ref lastAppendTimestamp)) < ProjectorQuietPeriod)
            {
                await Task.Delay(ProjectorQuietPeriod, Time, stoppingToken);
            }

            Interlocked.Exchange(ref waitingRecords, 0);
            try
            {
                await CatchUpProjectionsAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Any fault, a timeout included, ends this fold only: the projector must outlive it, or the host would stop with it.
                failed(ex);
            }
        }
    }

    /// <summary>Tells the projector that records were committed.</summary>
    private void NoteAppended(int records)
    {
        Interlocked.Add(ref waitingRecords, records);
        Interlocked.Exchange(ref lastAppendTimestamp, Time.GetTimestamp());
        Volatile.Read(ref appended).TrySetResult();
    }
}
