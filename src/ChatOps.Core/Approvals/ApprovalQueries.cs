using System.Text.Json.Nodes;
using ChatOps.Core.Ledger;

namespace ChatOps.Core.Approvals;

/// <summary>Who approved a thread, a ticket or a draft, and the full history of a draft, read from the ledger.</summary>
public sealed class ApprovalQueries(ILedgerStore ledger)
{
    public Task<IReadOnlyList<ApprovalRecord>> ByThreadAsync(string thread, CancellationToken cancellationToken = default) =>
        ApprovalsAsync(new LedgerQuery(Thread: thread, Kind: LedgerRecordKinds.Decision), cancellationToken);

    public Task<IReadOnlyList<ApprovalRecord>> ByTicketAsync(string ticket, CancellationToken cancellationToken = default) =>
        ApprovalsAsync(new LedgerQuery(Ticket: ticket, Kind: LedgerRecordKinds.Decision), cancellationToken);

    public Task<IReadOnlyList<ApprovalRecord>> ByDraftAsync(string draftId, CancellationToken cancellationToken = default) =>
        ApprovalsAsync(new LedgerQuery(DraftId: draftId, Kind: LedgerRecordKinds.Decision), cancellationToken);

    /// <summary>Every record about the draft, in order: versions, checks, requests, decisions, write-backs.</summary>
    public Task<IReadOnlyList<LedgerRecord>> HistoryAsync(string draftId, CancellationToken cancellationToken = default) =>
        ledger.QueryAsync(new LedgerQuery(DraftId: draftId), cancellationToken);

    private async Task<IReadOnlyList<ApprovalRecord>> ApprovalsAsync(LedgerQuery query, CancellationToken cancellationToken)
    {
        var records = await ledger.QueryAsync(query, cancellationToken);
        return records
            .Where(r => r.Payload is not null)
            .Select(r => (Record: r, Payload: JsonNode.Parse(r.Payload!)!))
            .Where(x => x.Payload["verdict"]?.GetValue<string>() == nameof(DecisionVerdict.Approve))
            .Select(x => new ApprovalRecord(
                x.Record.DraftId ?? string.Empty,
                x.Record.Workflow,
                x.Record.Thread,
                x.Record.Ticket,
                x.Payload["by"]!.GetValue<string>(),
                (x.Payload["roles"]?.AsArray() ?? []).Select(n => n!.GetValue<string>()).ToArray(),
                x.Record.Timestamp,
                x.Payload["version"]!.GetValue<string>(),
                x.Record.Sequence))
            .ToArray();
    }
}
