using System.Text.Json;

namespace ChatOps.Teams.Inbound;

/// <summary>
/// The shape of the <c>data</c> our cards put on actions: the card model's verb and data under one <c>chatops</c>
/// key, so everything else Teams merges into <c>data</c> is known to be what the person typed into inputs.
/// </summary>
internal static class ActionPayload
{
    public const string Key = "chatops";
    public const string VerbKey = "verb";
    public const string DataKey = "data";

    public static bool IsOurs(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(Key, out var ours) && ours.ValueKind == JsonValueKind.Object;

    public static (string? Verb, IReadOnlyDictionary<string, string> Data, IReadOnlyDictionary<string, string> Inputs) Read(JsonElement data)
    {
        var hidden = new Dictionary<string, string>(StringComparer.Ordinal);
        var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
        string? verb = null;
        if (data.ValueKind != JsonValueKind.Object)
        {
            return (null, hidden, inputs);
        }

        foreach (var property in data.EnumerateObject())
        {
            if (property.NameEquals(Key) && property.Value.ValueKind == JsonValueKind.Object)
            {
                verb = property.Value.TryGetProperty(VerbKey, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                if (property.Value.TryGetProperty(DataKey, out var d) && d.ValueKind == JsonValueKind.Object)
                {
                    foreach (var item in d.EnumerateObject())
                    {
                        hidden[item.Name] = AsText(item.Value);
                    }
                }
            }
            else
            {
                inputs[property.Name] = AsText(property.Value);
            }
        }

        return (verb, hidden, inputs);
    }

    private static string AsText(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
