namespace ChatOps.Core.Checking.Classification;

/// <summary>Labels whose body tells the reader what to do ("Workaround: restart the app"); other labels report.</summary>
internal static class DirectiveLabels
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "action", "actions", "workaround", "workarounds", "step", "steps", "todo", "to-do", "tip", "tips",
        "recommendation", "recommendations", "instruction", "instructions", "ask", "asks", "reminder", "please",
        "mitigation", "fix", "do", "try", "advice", "next", "note", "important", "warning", "caution", "how", "what", "required",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a word of <paramref name="label"/> names a directive ("Action item", "Next steps", "What to do").</summary>
    public static bool Names(ReadOnlySpan<char> label)
    {
        foreach (var range in label.SplitAny(" -/()"))
        {
            if (Lookup.Contains(label[range]))
            {
                return true;
            }
        }

        return false;
    }
}
