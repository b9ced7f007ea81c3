using System.Runtime.CompilerServices;
using ChatOps.Core.Ledger;

namespace ChatOps.Ledger.Sql;

/// <summary>The ledger browser facet: each search is an indexed lookup (thread, ticket, draft, or the actors table, caught up first), newest first.</summary>
public abstract partial class SqlLedgerStore : ILedgerSearch
{
    public async Task<IReadOnlyList<LedgerRecord>> SearchAsync(LedgerSearch search, long? beforeSequence, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var (where, parameters) = Where(search);
        if (beforeSequence is { } before)
        {
            where = $"({where}) AND seq < @before";
            parameters.Add(("@before", before));
        }

        parameters.Add(("@limit", limit));
        await using var connection = await OpenAsync(cancellationToken);
        await CatchUpBeforeReadAsync(connection, cancellationToken);
        return await ReadRecordsAsync(connection, null, $"SELECT {SqlLedgerSchema.Columns} FROM ledger_records WHERE {where} ORDER BY seq DESC LIMIT @limit", cancellationToken, [.. parameters]);
    }

    public async IAsyncEnumerable<LedgerRecord> ExportAsync(LedgerSearch search, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        var (where, parameters) = Where(search);
        await using var connection = await OpenAsync(cancellationToken);
        await CatchUpBeforeReadAsync(connection, cancellationToken);
        await using var command = connection.Command(null, $"SELECT {SqlLedgerSchema.Columns} FROM ledger_records WHERE {where} ORDER BY seq", [.. parameters]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return ReadRecord(reader);
        }
    }

    /// <summary>A thread given by its short name (<c>incident-2041</c> for <c>console/console/incident-2041</c>), through the thread index.</summary>
    private static string NamedThread(string parameter) => $"thread IN (SELECT thread FROM ledger_thread_names WHERE name = {parameter})";

    /// <summary>Each filter is a column with its own index, or the actors or thread-names table; several given must all match.</summary>
    private static (string Where, List<(string, object?)> Parameters) Where(LedgerSearch search)
    {
        var parts = new List<string>();
        var parameters = new List<(string, object?)>();
        if (search.Any is { } any)
        {
            parts.Add($"(thread = @any OR {NamedThread("@any")} OR ticket = @any OR draft_id = @any OR seq IN (SELECT seq FROM ledger_actors WHERE actor = @any))");
            parameters.Add(("@any", any));
        }

        void Column(string column, string? value)
        {
            if (value is not null)
            {
                parts.Add($"{column} = @{column}");
                parameters.Add(($"@{column}", value));
            }
        }

        if (search.Thread is { } thread)
        {
            parts.Add($"(thread = @thread OR {NamedThread("@thread")})");
            parameters.Add(("@thread", thread));
        }

        Column("ticket", search.Ticket);
        Column("draft_id", search.DraftId);
        if (search.Person is { } person)
        {
            parts.Add("seq IN (SELECT seq FROM ledger_actors WHERE actor = @person)");
            parameters.Add(("@person", person));
        }

        return (parts.Count == 0 ? "1=1" : string.Join(" AND ", parts), parameters);
    }
}
