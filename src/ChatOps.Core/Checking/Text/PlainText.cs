using System.Text;

namespace ChatOps.Core.Checking.Text;

/// <summary>A statement's words as the classifiers read them: no markers or URLs, straight quotes, single spaces.</summary>
internal static class PlainText
{
    public static string From(string text, TextSpan span, IReadOnlyList<TextSpan> removed)
    {
        var builder = new StringBuilder(span.Length);
        var skip = 0;
        var pendingSpace = false;
        for (var i = span.Start; i < span.End; i++)
        {
            while (skip < removed.Count && removed[skip].End <= i)
            {
                skip++;
            }

            if (skip < removed.Count && removed[skip].Contains(i))
            {
                pendingSpace = true;
                continue;
            }

            var c = text[i];
            if (TextChars.IsInvisible(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace && builder.Length > 0)
            {
                builder.Append(' ');
            }

            pendingSpace = false;
            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
                _ => c,
            });
        }

        return builder.ToString();
    }
}
