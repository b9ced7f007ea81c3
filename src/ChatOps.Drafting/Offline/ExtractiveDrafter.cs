using ChatOps.Core.Checking;
using ChatOps.Core.Evidence;
using ChatOps.Core.Workflows;

namespace ChatOps.Drafting.Offline;

/// <summary>The offline drafter: answers the workflow's questions with facts lifted from the evidence, each cited, and UNKNOWN for the rest.</summary>
internal sealed class ExtractiveDrafter(ICiteFirstChecker checker)
{
    public OfflineDraft Draft(string workflow, EvidenceSet evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (!WorkflowNames.IsKnown(workflow))
        {
            throw new ArgumentException($"The offline drafter has no outline for workflow '{workflow}'.", nameof(workflow));
        }

        var outline = WorkflowOutlines.For(workflow);
        var facts = FactExtractor.Extract(evidence);
        var picks = FactPicker.Pick(outline, facts);
        var lines = DraftComposer.Compose(outline, picks, FactPicker.Rest(facts, picks));
        lines = DraftPruner.Prune(lines, evidence, workflow, checker);

        var required = outline.Sections.SelectMany(s => s.Questions).Where(q => !q.Optional).ToArray();
        var filled = required.Where(q => lines.Any(l => l.Question == q && l.States)).Select(q => q.Key).ToArray();
        var unknown = required.Select(q => q.Key).Except(filled).ToArray();
        return new OfflineDraft(DraftComposer.Render(lines), filled, unknown);
    }
}
