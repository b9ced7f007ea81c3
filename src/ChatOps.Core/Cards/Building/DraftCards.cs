using System.Globalization;
using ChatOps.Core.Checking;
using ChatOps.Core.Evidence;

namespace ChatOps.Core.Cards.Building;

/// <summary>Cards that show a checked draft: its text with numbered citations, the verdict, and what to do next.</summary>
public static class DraftCards
{
    public static Card Checked(DraftView view, CheckResult check, EvidenceSet evidence, bool mayOverride = false)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(check);
        var accepted = check.IsAccepted;
        var facts = new List<CardFact>
        {
            new("Workflow", view.Workflow),
            new("Draft", view.DraftId),
            new("Version", ShortVersion(view.Version)),
            new("Verdict", accepted ? "accepted: eligible for approval" : $"rejected: {Plural(check.Findings.Count, "finding")}"),
        };
        facts.AddRange(view.Extra);
        var shown = CitationNumbering.Number(view.Text, evidence, view.Version, out var offsets);
        var actions = new List<CardAction>();
        if (accepted)
        {
            actions.Add(new CardAction(CardVerbs.Submit, "Submit for approval", CardActionStyle.Primary, ActionData.For(view.DraftId, view.Version)));
        }

        else if (mayOverride)
        {
            // Tiers 0–1 where the policy allows it: an approver may approve despite the findings, saying why.
            actions.Add(new CardAction(CardVerbs.Override, "Approve despite findings", CardActionStyle.Default, ActionData.For(view.DraftId, view.Version))
            {
                Input = new CardInput(ActionData.ReasonInput, "Why the findings do not apply", Required: true, Placeholder: "Approvers only: say why this may go out as it is"),
            });
        }

        actions.Add(new CardAction(CardVerbs.Edit, "Edit", CardActionStyle.Default, ActionData.For(view.DraftId, view.Version))
        {
            // The field starts from the draft as the card shows it; the [n] markers are read back as this version's sources.
            Input = new CardInput(ActionData.TextInput, "New text of the draft", Required: true, MaxLength: 20_000) { InitialValue = shown.Text },
        });
        return new Card
        {
            Kind = CardKind.Draft,
            DraftId = view.DraftId,
            Title = $"Draft for {view.Workflow}" + (view.Ticket is { } t ? $" ({t})" : ""),
            Subtitle = accepted ? "Every claim cites a source." : "Not eligible for approval until the findings are fixed.",
            Tone = accepted ? CardTone.Good : CardTone.Attention,
            Draft = shown,
            Facts = facts,
            Findings = check.Findings.Select(f => new CardFinding(f.Rule, f.Text, f.Message, f.Suggestion) { Start = offsets(f.Start), End = offsets(f.End) }).ToArray(),
            Actions = actions,
            AiGenerated = view.AiGenerated,
        };
    }

    public static string ShortVersion(string version) => version.Length > 12 ? version[..12] : version;

    internal static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
