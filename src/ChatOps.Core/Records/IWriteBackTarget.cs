namespace ChatOps.Core.Records;

/// <summary>A system of record that approved text is written back to (a ticket comment, a webhook, a journal).</summary>
public interface IWriteBackTarget
{
    /// <summary>The policy's name for this target kind, e.g. <c>github</c>.</summary>
    string Kind { get; }

    /// <summary>
    /// Posts the approved text once: when something carrying <see cref="WriteBackRequest.IdempotencyKey"/> is already
    /// there (a retry after a crash), returns it instead of posting again. Throws <see cref="WriteBackException"/> on failure.
    /// </summary>
    Task<WriteBackReceipt> WriteAsync(WriteBackRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Whether this host holds the credentials the target needs for these policy settings. A target without them is not
    /// used: the approved text goes to the journal instead, and the thread says so.
    /// </summary>
    bool HasCredentials(IReadOnlyDictionary<string, string> settings) => true;
}
