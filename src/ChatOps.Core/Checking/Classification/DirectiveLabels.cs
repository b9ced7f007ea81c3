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

    /// <summary>Whether a word of <paramref name="label"/> names a directive ("Action item", "Next steps", "What to do").</summary>
    public static bool Names(string label)
    {
        foreach (var range in label.AsSpan().SplitAny(" -/()"))
        {
            if (Words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(label.AsSpan()[range]))
            {
                return true;
            }
        }

        return false;
    }
}
