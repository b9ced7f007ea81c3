using System.Text.RegularExpressions;

namespace ChatOps.Core.Checking.Classification;

/// <summary>Lines that work as headings without Markdown's '#': "**Impact**", "Next steps:"; they state nothing.</summary>
internal static partial class HeadingLike
{
    public static bool Is(string plain) => Is(plain.AsSpan());

    // Both patterns end with ':', '*' or '_' (before a final line break, as '$' allows): any other line skips them.
    public static bool Is(ReadOnlySpan<char> plain) =>
        (plain.EndsWith('\n') ? plain[..^1] : plain) is [.., ':' or '*' or '_']
        && (BoldOnly().IsMatch(plain) || ShortLabel().IsMatch(plain));

    [GeneratedRegex(@"^(\*\*|__)[^*_.!?]{1,80}(\*\*|__):?$", RegexOptions.CultureInvariant)]
    private static partial Regex BoldOnly();

    [GeneratedRegex(@"^[*_]*[\p{L}][\p{L}\p{N}' /&()-]{0,50}[*_]*:[*_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortLabel();
}
