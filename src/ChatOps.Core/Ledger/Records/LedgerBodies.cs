using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatOps.Core.Ledger.Records;

/// <summary>The one way record bodies become ledger entries and stored content becomes bodies again.</summary>
public static class LedgerBodies
{
    /// <summary>An entry of the body's kind; its content is the body as <see cref="LedgerJsonContext"/> writes it (the chain hashes it canonically).</summary>
    public static LedgerEntry Entry<T>(T body, string workflow, string? draftId, string? thread, string? ticket, string? idempotencyKey)
        where T : LedgerBody, ILedgerBody<T> =>
        new(T.Kind, workflow, draftId, thread, ticket, idempotencyKey, Content(body));

    /// <summary>The body as a JSON object, for <see cref="LedgerEntry.Payload"/>.</summary>
    public static JsonObject Content<T>(T body)
        where T : LedgerBody, ILedgerBody<T> =>
        JsonSerializer.SerializeToNode(body, T.Json)!.AsObject();

    /// <summary>The record's body; null when retention redacted it or the content is not a body of this type.</summary>
    public static T? Read<T>(LedgerRecord record)
        where T : LedgerBody, ILedgerBody<T>
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Payload is { } payload ? Parse<T>(payload) : null;
    }

    /// <summary>Stored content as a body; null when it is not one (a value of the wrong type, not an object).</summary>
    public static T? Parse<T>(string content)
        where T : LedgerBody, ILedgerBody<T>
    {
        try
        {
            return JsonSerializer.Deserialize(content, T.Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
