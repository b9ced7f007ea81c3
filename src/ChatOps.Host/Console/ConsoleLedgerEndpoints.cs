using System.Text;
using ChatOps.Core.Ledger;

namespace ChatOps.Host.Console;

/// <summary>The console's ledger browser: search, a draft's trail with hashes, the chain's state, and JSONL export.</summary>
internal static class ConsoleLedgerEndpoints
{
    private const int PageSize = 50;
    private const int MaxValueLength = 500;

    public static RouteGroupBuilder MapConsoleLedger(this RouteGroupBuilder api)
    {
        api.MapGet("/ledger/verify", async (ILedgerStore ledger, ChainStatus status, CancellationToken ct) => TypedResults.Ok(await status.VerifyAsync(ledger, ct)));
        api.MapGet("/ledger/chain", (ChainStatus status) => TypedResults.Ok(new { last = status.Last }));
        api.MapGet("/ledger/search", SearchAsync);
        api.MapGet("/ledger/export", Export);
        api.MapGet("/ledger/drafts/{id}", async (string id, ILedgerStore ledger, ChainStatus status, CancellationToken ct) =>
        {
            var records = await ledger.QueryAsync(new LedgerQuery(DraftId: id), ct);
            return records.Count == 0
                ? Results.Problem($"The ledger holds nothing about draft \"{id}\".", statusCode: 404)
                : Results.Ok(LedgerTrail.Of(id, records, status.Last));
        });
        return api;
    }

    private static async Task<IResult> SearchAsync(string? field, string? q, long? before, ILedgerSearch ledger, CancellationToken cancellationToken)
    {
        if (Parse(field, q) is not { } search)
        {
            return Refusal(field, q);
        }

        var records = await ledger.SearchAsync(search, before, PageSize + 1, cancellationToken);
        var page = records.Take(PageSize).Select(LedgerHit.Of).ToArray();
        return Results.Ok(new { records = page, more = records.Count > PageSize ? page[^1].Sequence : (long?)null });
    }

    private static IResult Export(string? field, string? q, ILedgerSearch ledger, CancellationToken cancellationToken)
    {
        if (Parse(field, q) is not { } search)
        {
            return Refusal(field, q);
        }

        var name = $"chatops-ledger-{(field ?? "any")}-{new string(q!.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').Take(60).ToArray())}.jsonl";
        return Results.Stream(async body =>
        {
            var newline = "\n"u8.ToArray();
            await foreach (var record in ledger.ExportAsync(search, cancellationToken))
            {
                await body.WriteAsync(Encoding.UTF8.GetBytes(LedgerJsonl.Line(record).ToJsonString()), cancellationToken);
                await body.WriteAsync(newline, cancellationToken);
            }
        }, "application/x-ndjson", name);
    }

    /// <summary>The search a field and value name; null when the value is missing, too long, or the field unknown.</summary>
    internal static LedgerSearch? Parse(string? field, string? q)
    {
        var value = q?.Trim();
        if (string.IsNullOrEmpty(value) || value.Length > MaxValueLength)
        {
            return null;
        }

        return (field ?? "any") switch
        {
            "any" => new LedgerSearch(Any: value),
            "thread" => new LedgerSearch(Thread: value),
            "ticket" => new LedgerSearch(Ticket: value),
            "draft" => new LedgerSearch(DraftId: value),
            "person" => new LedgerSearch(Person: value),
            _ => null,
        };
    }

    private static IResult Refusal(string? field, string? q) => string.IsNullOrWhiteSpace(q) || q.Length > MaxValueLength
        ? Results.Problem($"Give what to search for (q), 1 to {MaxValueLength} characters.", statusCode: 400)
        : Results.Problem($"\"{field}\" is not a search field; use any, thread, ticket, draft or person.", statusCode: 400);
}
