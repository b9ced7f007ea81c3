using System.Reflection;
using ChatOps.Core.Conversations;
using ChatOps.Core.Evidence;

namespace ChatOps.Host.Composition;

/// <summary>The embedded default's sample evidence: naming the sample ticket (INC-2041) adds it with its log query and deploy.</summary>
/// <remarks>So a first draft on a fresh install needs no system of record; any other ticket goes to the real gatherer.</remarks>
internal sealed class SampleEvidenceGatherer(EvidenceGatherer inner) : IEvidenceGatherer
{
    public const string SampleTicket = "INC-2041";

    private static readonly Lazy<EvidenceSet> Samples = new(Load);

    public async Task<EvidenceSet> GatherAsync(EvidenceRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!string.Equals(request.Ticket, SampleTicket, StringComparison.OrdinalIgnoreCase))
        {
            return await inner.GatherAsync(request, cancellationToken);
        }

        var withoutTicket = request with { Ticket = null, Attachments = [.. Samples.Value.Sources, .. request.Attachments] };
        return await inner.GatherAsync(withoutTicket, cancellationToken);
    }

    private static EvidenceSet Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ChatOps.Host.Samples.sample-evidence.json")
            ?? throw new InvalidOperationException("The sample evidence is missing from the build.");
        using var reader = new StreamReader(stream);
        return EvidenceJsonReader.Parse(reader.ReadToEnd(), "sample-evidence.json");
    }
}
