namespace ChatOps.Core.Ledger;

/// <summary>Takes the chain's rows, in chain order, from <see cref="ILedgerStore.ReadChainAsync"/>.</summary>
public interface IChainRowSink
{
    /// <summary>
    /// Takes one row, copying what it keeps before it returns (the row's bytes belong to the store). The store awaits
    /// the result before the next row, so a sink that is full can hold the store back.
    /// </summary>
    ValueTask AddAsync(in ChainRow row, CancellationToken cancellationToken = default);
}
