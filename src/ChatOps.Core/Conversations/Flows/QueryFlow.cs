using System.Globalization;
using ChatOps.Core.Approvals;
using ChatOps.Core.Cards;
using ChatOps.Core.Cards.Building;
using ChatOps.Core.Conversations.Replies;
using ChatOps.Core.Ledger;
using ChatOps.Core.Ledger.Records;
using ChatOps.Core.Stats;

namespace ChatOps.Core.Conversations.Flows;

/// <summary>Questions the ledger answers: who approved, a draft's history, and the scorecard.</summary>
public sealed class QueryFlow(ApprovalQueries queries, ScorecardService scorecard, PeopleNames names)
{
    public async Task<ConversationReply> WhoApprovedAsync(ConversationRef where, string? ticket, string? draftId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(where);
        var (subject, approvals) = draftId is not null
            ? ($"draft {draftId}", await queries.ByDraftAsync(draftId, cancellationToken))
            : ticket is not null
                ? ($"ticket {ticket}", await queries.ByTicketAsync(ticket, cancellationToken))
                : ("this thread", await queries.ByThreadAsync(where.ThreadKey, cancellationToken));
        var provenance = new Dictionary<string, DraftProvenance>(StringComparer.Ordinal);
        foreach (var id in approvals.Select(a => a.DraftId).Distinct(StringComparer.Ordinal))
        {
            foreach (var record in await queries.HistoryAsync(id, cancellationToken))
            {
                if (record.Kind == LedgerRecordKinds.DraftCreated && LedgerBodies.Read<DraftCreatedV1>(record) is { } p)
                {
                    provenance[id + "@" + (p.OutputHash ?? "")] = new DraftProvenance(
                        p.Output ?? "",
                        (p.Evidence ?? []).Select(e => $"{e.Id} ({e.Kind})").ToArray(),
                        p.PromptId ?? "",
                        p.PromptVersionHash ?? "",
                        p.ModelId ?? "");
                }
            }
        }

        return ConversationReply.Thread(AnswerCards.WhoApproved(subject, approvals, provenance, names.Of));
    }

    public async Task<ConversationReply> HistoryAsync(string? draftId, CancellationToken cancellationToken = default)
    {
        if (draftId is null)
        {
            return ConversationReply.Thread(AnswerCards.Refused("There is no draft in this thread yet; name one: `history d-…`."));
        }

        var records = await queries.HistoryAsync(draftId, cancellationToken);
        if (records.Count == 0)
        {
            return ConversationReply.Thread(AnswerCards.Refused($"The ledger holds nothing about {draftId}."));
        }

        var lines = records.Select(r => $"#{r.Sequence.ToString(CultureInfo.InvariantCulture)} {r.At} **{r.Kind}**{Summary(r, names.Of)}").ToArray();
        return ConversationReply.Thread(new Card { Kind = CardKind.Answer, Title = $"History of {draftId}", Paragraphs = lines });
    }

    /// <summary>The scorecard from the store's kept figures; never a read of the whole ledger.</summary>
    public async Task<ConversationReply> StatsAsync(CancellationToken cancellationToken = default) =>
        ConversationReply.Thread(ScorecardCards.Of(await scorecard.ReadAsync(new StatsQuery(), cancellationToken)));

    private static string Summary(LedgerRecord record, Func<string, string> nameOf)
    {
        if (record.Payload is null)
        {
            return " (content redacted by retention)";
        }

        var (by, verdict, reason) = RecordFacts.Of(record);
        return (by is null ? "" : $" by {nameOf(by)}") + (verdict is null ? "" : $": {verdict}") + (string.IsNullOrEmpty(reason) ? "" : $" ({reason})");
    }
}
