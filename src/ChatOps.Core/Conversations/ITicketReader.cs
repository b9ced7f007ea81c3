using ChatOps.Core.Evidence;

namespace ChatOps.Core.Conversations;

/// <summary>Reads a ticket (and its comments) from the system of record as a <c>ticket</c> source; null when it does not exist.</summary>
public interface ITicketReader
{
    Task<Source?> ReadAsync(string ticket, CancellationToken cancellationToken = default);
}
