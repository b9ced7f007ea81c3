namespace ChatOps.Core.Checking.Classification;

/// <summary>Finite auxiliaries: after a would-be imperative verb they show it was a noun ("Update was deployed").</summary>
internal static class Auxiliaries
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
        "must", "does", "did", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "won't", "remains",
        "remain", "took", "takes", "shows", "showed",
    };

    public static bool Contains(string word) => Words.Contains(word);
}
