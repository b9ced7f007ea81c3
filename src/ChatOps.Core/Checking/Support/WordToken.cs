namespace ChatOps.Core.Checking.Support;

/// <summary>A word of a text: [Start, Start + Length), and whether it holds a digit (numbers are another rule's business).</summary>
internal readonly record struct WordToken(int Start, int Length, bool HasDigit)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);
}
