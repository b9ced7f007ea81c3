using ChatOps.Core.Checking.Text;

namespace ChatOps.Core.Checking.Classification;

/// <summary>Lower-cased words of a statement with English contractions spelled out ("we'll" → "we", "will").</summary>
internal static class PlainWords
{
    /// <summary>
    /// The words of one text, cut as far as asked and kept: the classifier asks a statement's opening for two words,
    /// then for ten, then for two again, and each word is cut and lower-cased once.
    /// </summary>
    internal sealed class Cursor(List<string> words)
    {
        private int at;
        private bool exhausted;

        /// <summary>Forgets the last text's words: the next <see cref="First"/> starts a new text.</summary>
        public void Reset()
        {
            words.Clear();
            at = 0;
            exhausted = false;
        }

        /// <summary>
        /// The first <paramref name="most"/> words of <paramref name="plain"/> (the same text on every call since the
        /// last <see cref="Reset"/>), or more when an earlier call asked for more: readers look at most at what they
        /// asked for, and the words are the same whoever cut them.
        /// </summary>
        public List<string> First(ReadOnlySpan<char> plain, WordPool pool, int most = 10)
        {
            while (words.Count < most && !exhausted)
            {
                if (!NextWord(plain, ref at, out var start))
                {
                    exhausted = true;
                    break;
                }

                Add(pool.Lower(plain[start..at]), pool, words);
            }

            return words;
        }
    }

    private static void Add(string word, WordPool pool, List<string> words)
    {
        switch (word)
        {
            case "won't":
                words.Add("will");
                words.Add("not");
                return;
            case "can't":
                words.Add("can");
                words.Add("not");
                return;
        }

        var apostrophe = word.IndexOf('\'', StringComparison.Ordinal);
        if (apostrophe <= 0)
        {
            words.Add(word);
            return;
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
