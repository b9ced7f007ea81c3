namespace ChatOps.Core.Checking.Support;

/// <summary>
/// A light English stemmer: folds case, irregular forms, plurals, -ed/-ing and common derivational endings, so that
/// "deploys", "deployed" and "deployment" meet. It only has to make the same word meet itself; it never has to be a
/// dictionary form.
/// </summary>
internal static class WordStemmer
{
    public const int MaxLength = 64;

    private static readonly string[] Inflections = ["ingly", "edly", "ing", "ed"];

    private static readonly string[] Derivations =
        ["ations", "ation", "ment", "ion", "ally", "ly", "ness", "ity", "al", "er", "or", "ive", "ance", "ence", "ise", "ize", "ful"];

    /// <summary>Writes the stem of <paramref name="word"/> to <paramref name="buffer"/> (at least <see cref="MaxLength"/> long) and returns its length.</summary>
    public static int Stem(ReadOnlySpan<char> word, Span<char> buffer, SupportLexicon lexicon)
    {
        if (word.Length > MaxLength)
        {
            word = word[..MaxLength];
        }

        var n = Lower(word, buffer);
        if (lexicon.IrregularForm(buffer[..n]) is { } baseForm)
        {
            baseForm.AsSpan().CopyTo(buffer);
            n = baseForm.Length;
        }

        if (n >= 2 && buffer[n - 2] == '\'' && buffer[n - 1] == 's')
        {
            n -= 2;
        }
        else if (n >= 1 && buffer[n - 1] == '\'')
        {
            n--;
        }

        if (n <= 3)
        {
            return n;
        }

        var w = buffer[..n];
        if (w.EndsWith("ies") && n > 4)
        {
            n -= 2;
            buffer[n - 1] = 'y';
        }
        else if (w.EndsWith("sses"))
        {
            n -= 2;
        }
        else if (w[^1] == 's' && !w.EndsWith("ss") && !w.EndsWith("us") && !w.EndsWith("is"))
        {
            n--;
        }

        foreach (var suffix in Inflections)
        {
            w = buffer[..n];
            if (w.EndsWith(suffix) && n - suffix.Length >= 3 && HasVowel(w[..^suffix.Length]))
            {
                n -= suffix.Length;
                if (n >= 2 && buffer[n - 1] == buffer[n - 2] && buffer[n - 1] is not ('l' or 's' or 'z'))
                {
                    n--;
                }
                else if (buffer[n - 1] == 'i')
                {
                    buffer[n - 1] = 'y';
                }

                break;
            }
        }

        foreach (var suffix in Derivations)
        {
            w = buffer[..n];
            if (w.EndsWith(suffix) && n - suffix.Length >= 4)
            {
                n -= suffix.Length;
                break;
            }
        }

        if (n > 4 && buffer[n - 1] == 'e')
        {
            n--;
        }

        if (n > 4 && buffer[n - 1] == 'y')
        {
            buffer[n - 1] = 'i';
        }

        return n;
    }

    /// <summary>The stem as a string, for building the lexicon and the source indexes.</summary>
    public static string Stem(string word, SupportLexicon lexicon)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        return new string(buffer[..Stem(word, buffer, lexicon)]);
    }

    /// <summary>Lower-cases into <paramref name="buffer"/>, with a curly apostrophe written straight.</summary>
    public static int Lower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var n = Math.Min(word.Length, MaxLength);
        for (var i = 0; i < n; i++)
        {
            var c = word[i];
            buffer[i] = c switch
            {
                '\u2019' => '\'',
                < 'A' => c,
                <= 'Z' => (char)(c + 32),
                < '\u00C0' => c,
                _ => char.ToLowerInvariant(c),
            };
        }

        return n;
    }

    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiouy");

    private static bool HasVowel(ReadOnlySpan<char> text) => text.IndexOfAny(Vowels) >= 0;
}
