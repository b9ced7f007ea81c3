using System.Text.Json;

namespace ChatOps.Teams.Authentication;

/// <summary>Reads the non-standard <c>endorsements</c> array of each key straight from the raw JWKS JSON.</summary>
internal static class JwksEndorsements
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Parse(string jwksJson)
    {
        using var document = JsonDocument.Parse(jwksJson);
        var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return map;
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind != JsonValueKind.Object
                || !key.TryGetProperty("kid", out var kid) || kid.ValueKind != JsonValueKind.String
                || !key.TryGetProperty("endorsements", out var endorsements) || endorsements.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            map[kid.GetString()!] = endorsements.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String)
                .Select(e => e.GetString()!)
                .ToArray();
        }

        return map;
    }
}
