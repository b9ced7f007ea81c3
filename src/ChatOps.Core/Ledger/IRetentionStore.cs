namespace ChatOps.Core.Ledger;

/// <summary>What retention needs beyond redacting records: counting what is due, and clearing the outbox's and inbox's copies of the text.</summary>
public interface IRetentionStore
{
    /// <summary>How many of the workflow's records written before <paramref name="before"/> still hold their content.</summary>
    Task<int> CountRedactableAsync(string workflow, DateTimeOffset before, CancellationToken cancellationToken = default);

    /// <summary>Clears the payload of the workflow's finished jobs (done or failed) that ended before <paramref name="before"/>.</summary>
    Task<int> RedactJobsAsync(string workflow, DateTimeOffset before, bool dryRun, CancellationToken cancellationToken = default);

    /// <summary>Clears the content of handled chat requests received before <paramref name="before"/>; their delivery keys stay, so retries are still recognised.</summary>
    Task<int> RedactInboxAsync(DateTimeOffset before, bool dryRun, CancellationToken cancellationToken = default);
}
