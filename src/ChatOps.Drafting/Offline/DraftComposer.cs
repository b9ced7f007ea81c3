namespace ChatOps.Drafting.Offline;

/// <summary>Lays out an offline draft: title, courtesy lines, one section per outline heading, one list item per fact or unknown.</summary>
internal static class DraftComposer
{
    public static List<DraftLine> Compose(WorkflowOutline outline, Dictionary<Question, List<SourceFact>> picks, IEnumerable<SourceFact> rest)
    {
        var lines = new List<DraftLine> { new("# " + outline.Title), DraftLine.Blank };
        foreach (var courtesy in outline.Opening)
        {
            lines.AddRange([new DraftLine(courtesy), DraftLine.Blank]);
        }

        foreach (var section in outline.Sections)
        {
            var body = new List<DraftLine>();
            foreach (var question in section.Questions)
            {
                var facts = picks.GetValueOrDefault(question) ?? [];
                body.AddRange(facts.Select(f => DraftLine.ForFact(f, question)));
                if (facts.Count == 0 && !question.Optional)
                {
                    body.Add(DraftLine.ForUnknown(question));
                }
            }

            AddSection(lines, section.Heading, body);
        }

        if (outline.RestHeading is not null)
        {
            AddSection(lines, outline.RestHeading, rest.Select(f => DraftLine.ForFact(f, null)).ToList());
        }

        foreach (var courtesy in outline.Closing)
        {
            lines.AddRange([new DraftLine(courtesy), DraftLine.Blank]);
        }

        return lines;
    }

    public static string Render(IEnumerable<DraftLine> lines) =>
        string.Join('\n', lines.Select(l => l.Text)).TrimEnd('\n') + "\n";

    private static void AddSection(List<DraftLine> lines, string heading, List<DraftLine> body)
    {
        if (body.Count > 0)
        {
            lines.AddRange([new DraftLine("## " + heading), DraftLine.Blank, .. body, DraftLine.Blank]);
        }
    }
}
