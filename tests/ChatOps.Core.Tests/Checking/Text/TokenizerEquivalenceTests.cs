using ChatOps.Core.Checking.Text;
using CsCheck;

namespace ChatOps.Core.Tests.Checking.Text;

// The tokenisers jump over what they do not keep; these tests hold them to the plain character-by-character reading
// they replaced, on text mixed from the characters that decide a cut (digits of other scripts, separators, quotes,
// brackets, invisible characters, case pairs outside ASCII).
public sealed class TokenizerEquivalenceTests
{
    private static readonly string[] Pieces =
    [
        "a", "Z", "k", "é", "É", "ß", "İ", "ı", "Σ", "K", "7", "0", "9", "٣", "５", "Ⅻ", "½", " ", "\u00A0", "\t", "\n", ".",
        ",", ":", ";", "!", "?", "*", "_", "`", "~", "-", "/", "|", "(", ")", "[", "]", "{", "}", "<", ">", "\"", "'",
        "\u2019", "\u201C", "\u200B", "\u00AD", "\uFEFF", "日本", "😀", "4,920", "9.5%", "10:40", "g-20261104", "S2",
        "UTC", "Route", "EU",
    ];

    private static readonly Gen<string> Text =
        Gen.Int[0, Pieces.Length - 1].Array[0, 40].Select(picks => string.Concat(picks.Select(p => Pieces[p])));

    [Fact]
    public void SpecificTokens_AreThoseOfTheCharacterByCharacterCut()
    {
        Gen.Select(Text, Gen.Int[0, 6].Array[0, 6]).Sample((text, cuts) =>
        {
            // Excluded spans as the checker passes them: in order, apart, inside the statement's span.
            var bounds = cuts.Select(c => Math.Min(text.Length, c * Math.Max(1, text.Length / 6))).Order().Distinct().ToArray();
            var excluded = new List<TextSpan>();
            for (var k = 0; k + 1 < bounds.Length; k += 2)
            {
                excluded.Add(new TextSpan(bounds[k], bounds[k + 1]));
            }

            var span = new TextSpan(0, text.Length);
            var actual = SpecificTokenizer.Tokens(text, span, excluded.ToArray());
            Assert.Equal(ReferenceTokens(text, span, excluded), actual);
        }, iter: 20_000);
    }

    [Fact]
    public void Lower_IsTheInvariantLowerCase_PooledOnce()
    {
        // One thread: a pool belongs to one checker and is not safe to share, and CsCheck samples on every core by
        // default (two threads in one pool corrupted its set in a CI run: seed 524w4hPpYnI3).
        var pool = new WordPool();
        Text.Sample(word =>
        {
            var lower = pool.Lower(word);
            Assert.Equal(word.ToLowerInvariant(), lower);
            Assert.Same(lower, pool.Lower(word.ToLowerInvariant()));
        }, iter: 20_000, threads: 1);
    }

    // The cut as it was written before the digit jump: every character visited, a token closed at each separator.
    private static List<string> ReferenceTokens(string text, TextSpan span, List<TextSpan> excluded)
    {
        var tokens = new List<string>();
        var tokenStart = -1;
        for (var i = span.Start; i <= span.End; i++)
        {
            var inExcluded = excluded.Any(e => e.Contains(i));
            var c = i < span.End ? text[i] : ' ';
            var isSeparator = i == span.End || inExcluded
                || (!char.IsAsciiLetterOrDigit(c) && (char.IsWhiteSpace(c) || "()[]{}<>|".Contains(c)
                    || c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u201E' or '\u201A' or '\u00AB' or '\u00BB'));
            if (!isSeparator)
            {
                tokenStart = tokenStart < 0 ? i : tokenStart;
                continue;
            }

            if (tokenStart >= 0)
            {
                var (start, end) = (tokenStart, i);
                while (start < end && IsEdge(text[start]))
                {
                    start++;
                }

                while (end > start && IsEdge(text[end - 1]))
                {
                    end--;
                }

                if (Enumerable.Range(start, end - start).Any(k => char.IsDigit(text[k])))
                {
                    tokens.Add(text[start..end]);
                }

                tokenStart = -1;
            }
        }

        return tokens;
    }

    private static bool IsEdge(char c) =>
        c is '.' or ',' or ';' or ':' or '!' or '?' or '*' or '_' or '`' or '~' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';
}
