using System.Text.RegularExpressions;
using ChatOps.Core.Checking.Text;

namespace ChatOps.Core.Checking.Classification;

/// <summary>Lower-cased words of a statement with English contractions spelled out ("we'll" → "we", "will").</summary>
internal static partial class PlainWords
{
    /// <summary>
    /// The first <paramref name="most"/> words, in the pool's scratch list (valid until the next call); the classifiers
    /// only ever look at a statement's opening.
    /// </summary>
    public static List<string> Of(string plain, WordPool pool, int most = 10)
    {
        var words = pool.Scratch;
        words.Clear();
        foreach (var match in Word().EnumerateMatches(plain))
        {
            if (words.Count >= most)
            {
                break;
            }

            var word = pool.Lower(plain.AsSpan(match.Index, match.Length));
            switch (word)
            {
                case "won't":
                    words.Add("will");
                    words.Add("not");
                    continue;
                case "can't":
                    words.Add("can");
                    words.Add("not");
                    continue;
            }

            var apostrophe = word.IndexOf('\'', StringComparison.Ordinal);
            if (apostrophe <= 0)
            {
                words.Add(word);
                continue;
            }

            var stem = pool.Get(word.AsSpan(0, apostrophe));
            var suffix = word.AsSpan(apostrophe + 1);
            words.Add(stem);
            var expanded = suffix switch
            {
                "ll" => "will",
                "re" => "are",
                "m" => "am",
                "ve" => "have",
                "d" => "would",
                "t" when stem.EndsWith('n') => "not",
                _ => null,
            };
            if (expanded is not null)
            {
                words.Add(expanded);
            }
        }

        return words;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(['-][\p{L}\p{N}]+|(?<=\p{N})[.,:](?=\p{N})[\p{N}]+)*")]
    private static partial Regex Word();
}
