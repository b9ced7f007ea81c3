using ChatOps.Core.Checking.Text;

namespace ChatOps.Core.Checking.Classification;

/// <summary>Lower-cased words of a statement with English contractions spelled out ("we'll" → "we", "will").</summary>
internal static class PlainWords
{
    /// <summary>
    /// The first <paramref name="most"/> words, in the pool's scratch list (valid until the next call); the classifiers
    /// only ever look at a statement's opening.
    /// </summary>
    public static List<string> Of(ReadOnlySpan<char> plain, WordPool pool, int most = 10)
    {
        var words = pool.Scratch;
        words.Clear();
        var at = 0;
        while (words.Count < most && NextWord(plain, ref at, out var start))
        {
            var word = pool.Lower(plain[start..at]);
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

    // The words of [\p{L}\p{N}]+(['-][\p{L}\p{N}]+|(?<=\p{N})[.,:](?=\p{N})[\p{N}]+)*, scanned by hand: the classifier
    // reads every statement's opening, and a regex match per word was a tenth of the checker's time.
    private static bool NextWord(ReadOnlySpan<char> text, ref int at, out int start)
    {
        var i = at;
        while (i < text.Length && !IsWordChar(text[i]))
        {
            i++;
        }

        start = i;
        if (i >= text.Length)
        {
            at = i;
            return false;
        }

        while (i < text.Length && IsWordChar(text[i]))
        {
            i++;
        }

        while (i + 1 < text.Length)
        {
            var c = text[i];
            if (c is '\'' or '-' && IsWordChar(text[i + 1]))
            {
                i++;
            }
            else if (c is '.' or ',' or ':' && char.IsNumber(text[i - 1]) && char.IsNumber(text[i + 1]))
            {
                i++;
                while (i < text.Length && char.IsNumber(text[i]))
                {
                    i++;
                }

                continue;
            }
            else
            {
                break;
            }

            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }
        }

        at = i;
        return true;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsNumber(c);
}
