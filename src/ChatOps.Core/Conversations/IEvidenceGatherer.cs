using ChatOps.Core.Evidence;

namespace ChatOps.Core.Conversations;

/// <summary>The evidence port: collects the sources a draft may cite from the thread, the ticket and attachments.</summary>
public interface IEvidenceGatherer
{
    Task<EvidenceSet> GatherAsync(EvidenceRequest request, CancellationToken cancellationToken = default);
}
