using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace ChatOps.Teams.Authentication;

/// <summary>Reads a validated token's payload as sent, for what the token library smooths over: repeated claims and the shape of <c>aud</c>.</summary>
internal static class TokenPayload
{
    /// <summary>
    /// False when a top-level claim appears twice (the channel never sends that, and readers disagree on which one
    /// counts). <paramref name="audience"/> is the <c>aud</c> claim when it is a JSON string, and null when it is
    /// missing or anything else (an array, even of one, names more than one app or hides which).
    /// </summary>
    public static bool HasUniqueClaims(string encodedPayload, out string? audience)
    {
        audience = null;
        var json = Base64UrlEncoder.DecodeBytes(encodedPayload);
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            if (!seen.Add(name) || !reader.Read())
            {
                return false;
            }

            if (name == "aud" && reader.TokenType == JsonTokenType.String)
            {
                audience = reader.GetString();
            }

            reader.Skip();
        }

        return reader.TokenType == JsonTokenType.EndObject;
    }
}
