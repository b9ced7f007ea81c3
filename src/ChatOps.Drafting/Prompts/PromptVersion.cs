using System.Security.Cryptography;
using System.Text;

namespace ChatOps.Drafting.Prompts;

/// <summary>A prompt's version: the SHA-256 of its files, so any edit to the wording or settings shows in the ledger.</summary>
internal static class PromptVersion
{
    /// <summary>Hashes every file of one prompt directory, names included, in ordinal order.</summary>
    public static string Of(string functionDirectory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in Directory.GetFiles(functionDirectory).Order(StringComparer.Ordinal))
        {
            // Line endings are normalised so a Windows checkout gives the same version as Linux CI.
            var text = File.ReadAllText(path).ReplaceLineEndings("\n");
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(path)));
            hash.AppendData([0]);
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
