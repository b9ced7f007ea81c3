using System.Text.RegularExpressions;

namespace ChatOps.Core.Checking.Classification;

/// <summary>Lines that work as headings without Markdown's '#': "**Impact**", "Next steps:"; they state nothing.</summary>
internal static partial class HeadingLike
{
    public static bool Is(string plain) => BoldOnly().IsMatch(plain) || ShortLabel().IsMatch(plain);

    [GeneratedRegex(@"^(\*\*|__)[^*_.!?]{1,80}(\*\*|__):?$", RegexOptions.CultureInvariant)]
    private static partial Regex BoldOnly();

    [GeneratedRegex(@"^[*_]*[\p{L}][\p{L}\p{N}' /&()-]{0,50}[*_]*:[*_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortLabel();
}
