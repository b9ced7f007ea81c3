using System.Text.Json;

namespace ChatOps.Testing.Models;

/// <summary>A request exactly as the server received it: method, path and query, headers, body.</summary>
public sealed record ReceivedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The header's value, or null (names compare case-insensitively, as HTTP says).</summary>
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public JsonDocument Json() => JsonDocument.Parse(Body);

    /// <summary>The text of every message of the request, joined: what the model was shown.</summary>
    public string Prompt()
    {
        using var document = Json();
        return string.Join("\n", document.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => m.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : c.ToString()));
    }
}
