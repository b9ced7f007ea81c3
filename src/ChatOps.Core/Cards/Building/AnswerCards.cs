using System.Globalization;
using ChatOps.Core.Approvals;
using ChatOps.Core.Workflows;

namespace ChatOps.Core.Cards.Building;

/// <summary>Answers in words: help, who approved, refusals and errors.</summary>
public static class AnswerCards
{
    public static Card Help(string? notUnderstood = null) => new()
    {
        Kind = CardKind.Answer,
        Title = notUnderstood is null ? "What I can do" : "I did not catch that",
        Tone = notUnderstood is null ? CardTone.Neutral : CardTone.Warning,
        Paragraphs =
        [
            .. notUnderstood is null ? Array.Empty<string>() : [notUnderstood],
            "`draft <workflow> [ticket] [request]` drafts from this thread's messages and the ticket, e.g. `draft customer-update INC-2041 status for EU customers`.",
            "`check <text>` checks your own text against this thread's evidence.",
            "`edit <draft-id> <text>` makes a new version of a draft and checks it again.",
            "`submit [draft-id]` sends an accepted draft to its approvers.",
            "`who approved?` (or `who approved INC-2041` / `who approved d-…`) tells who approved, when, which version, from which sources, with which prompt and model.",
            "`pending` lists the drafts waiting for your decision.",
            "`pause <workflow> <reason>` / `resume <workflow>` stop and restart a workflow (roles in the policy's controls.pause); `override [draft-id] <reason>` approves a rejected draft at tiers 0–1; `retry [draft-id]` retries a failed write-back; `renew [draft-id]` asks for a new approval of the same text; `retain [--dry-run]` runs retention.",
            "`history [draft-id]`, `stats` (the scorecard) and `help`.",
            $"Workflows: {string.Join(", ", WorkflowNames.All)}.",
        ],
    };

    public static Card Refused(string reason) => new()
    {
        Kind = CardKind.Answer,
        Title = "Not done",
        Tone = CardTone.Attention,
        Paragraphs = [reason],
    };

    public static Card Note(string title, params string[] paragraphs) => new()
    {
        Kind = CardKind.Answer,
        Title = title,
        Paragraphs = paragraphs,
    };

    public static Card WhoApproved(string subject, IReadOnlyList<ApprovalRecord> approvals, IReadOnlyDictionary<string, DraftProvenance> provenance, Func<string, string> nameOf)
    {
        ArgumentNullException.ThrowIfNull(approvals);
        ArgumentNullException.ThrowIfNull(nameOf);
        if (approvals.Count == 0)
        {
            return Note($"No approvals for {subject}", $"The ledger holds no approval for {subject}.");
        }

        var paragraphs = approvals.Select(a =>
        {
            var when = a.At.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
            var line = $"**{nameOf(a.Approver)}** ({string.Join(", ", a.Roles)}) approved `{a.DraftId}` ({a.Workflow}) at {when}, version `{DraftCards.ShortVersion(a.Version)}`.";
            if (provenance.TryGetValue(a.DraftId + "@" + a.Version, out var p))
            {
                line += $" Sources: {string.Join(", ", p.Sources)}. Prompt {p.PromptId} `{DraftCards.ShortVersion(p.PromptVersion)}`, model {p.Model}. Text: \"{p.Text}\"";
            }

            return line;
        }).ToArray();
        return new Card { Kind = CardKind.Answer, Title = $"Who approved {subject}", Tone = CardTone.Good, Paragraphs = paragraphs };
    }
}
