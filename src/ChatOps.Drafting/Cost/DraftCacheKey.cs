using System.Security.Cryptography;
using System.Text;
using ChatOps.Core.Evidence;

namespace ChatOps.Drafting.Cost;

/// <summary>The identity of a draft request for the cache: prompt version, model, evidence hash and request text.</summary>
internal static class DraftCacheKey
{
    public static string For(string promptVersion, string endpoint, string model, EvidenceSet evidence, string request) =>
        string.Join('\n', promptVersion, endpoint, model, EvidenceHash(evidence), Hash(request));

    /// <summary>SHA-256 over every field of every source, length-prefixed so no two evidence sets collide by concatenation.</summary>
    public static string EvidenceHash(EvidenceSet evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var builder = new StringBuilder();
        foreach (var s in evidence.Sources)
        {
            foreach (var field in new[] { s.Id, s.Kind.ToWireName(), s.Title, s.Uri ?? "", s.Text, s.Sensitivity.ToString() })
            {
                builder.Append(field.Length).Append(':').Append(field);
            }
        }

        return Hash(builder.ToString());
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
