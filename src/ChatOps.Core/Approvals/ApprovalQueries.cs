using ChatOps.Core.Ledger;
using ChatOps.Core.Ledger.Records;

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
            .Select(r => (Record: r, Decision: LedgerBodies.Read<DecisionV1>(r)))
            .Where(x => x.Decision?.Verdict == nameof(DecisionVerdict.Approve))
            .Select(x => new ApprovalRecord(
                x.Record.DraftId ?? string.Empty,
                x.Record.Workflow,
                x.Record.Thread,
                x.Record.Ticket,
                x.Decision!.By!,
                x.Decision.Roles ?? [],
                x.Record.Timestamp,
                x.Decision.Version!,
                x.Record.Sequence))
            .ToArray();
    }
}
