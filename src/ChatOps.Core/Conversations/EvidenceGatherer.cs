using System.Globalization;
using ChatOps.Core.Evidence;

namespace ChatOps.Core.Conversations;

/// <summary>Gathers evidence: each thread message becomes a <c>chat-message</c> source, the ticket a <c>ticket</c> source.</summary>
/// <remarks>Ids are stable for the same thread (M1, M2, … in thread order; the ticket keeps its own id) so an edit is
/// checked against the same ids the first draft cited.</remarks>
public sealed class EvidenceGatherer(IEnumerable<ITicketReader> ticketReaders) : IEvidenceGatherer
{
    public async Task<EvidenceSet> GatherAsync(EvidenceRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sources = new List<Source>();
        var ids = new HashSet<string>(StringComparer.Ordinal);

        void Add(Source source)
        {
            var id = source.Id;
            for (var n = 2; !ids.Add(id); n++)
            {
                id = $"{source.Id}-{n}";
            }

            sources.Add(source with { Id = id });
        }

        if (request.Ticket is { } ticket)
        {
            foreach (var reader in ticketReaders)
            {
                if (await reader.ReadAsync(ticket, cancellationToken) is { } found)
                {
                    Add(found);
                    break;
                }
            }
        }

        var number = 0;
        foreach (var message in request.Thread)
        {
            if (string.IsNullOrWhiteSpace(message.Text))
            {
                continue;
            }

            number++;
            var at = message.At.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
            if (PastedArtifact(message.Text) is { } pasted)
            {
                // A pasted query result or deploy record is that artifact, not chat: it keeps its kind.
                Add(new Source($"M{number}", pasted.Kind, $"{pasted.Kind.ToWireName()} pasted by {message.Author}, {at}", message.Permalink, pasted.Text)
                {
                    Sensitivity = pasted.Sensitivity,
                });
                continue;
            }

            Add(new Source($"M{number}", SourceKind.ChatMessage, $"{message.Author}, {at}", message.Permalink,
                $"[{at}] {message.Author}: {message.Text}"));
        }

        foreach (var attachment in request.Attachments)
        {
            Add(attachment);
        }

        return new EvidenceSet(sources);
    }

    /// <summary>
    /// A message that starts with a source kind and a colon (<c>log-query: …</c>, <c>deploy: …</c>) is a pasted artifact;
    /// a sensitivity label in brackets after the kind (<c>ticket (restricted): …</c>) travels with it, and without one
    /// it counts as internal.
    /// </summary>
    public static (SourceKind Kind, string Text, Sensitivity Sensitivity)? PastedArtifact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > 40)
        {
            return null;
        }

        var head = text[..colon].Trim().ToLowerInvariant();
        var sensitivity = Sensitivity.Internal;
        if (head.EndsWith(')') && head.IndexOf('(', StringComparison.Ordinal) is > 0 and var open)
        {
            if (!Enum.TryParse(head[(open + 1)..^1].Trim(), ignoreCase: true, out sensitivity) || !Enum.IsDefined(sensitivity))
            {
                return null;
            }

            head = head[..open].Trim();
        }

        return head is not "chat-message" && SourceKinds.TryParse(head, out var parsed) && text[(colon + 1)..].Trim() is { Length: > 0 } body
            ? (parsed, body, sensitivity)
            : null;
    }
}
