using System.Text.RegularExpressions;
using ChatOps.Core.Workflows;

namespace ChatOps.Core.Conversations.Commands;

/// <summary>Turns what a person typed into a command; anything it does not understand becomes help.</summary>
public static partial class CommandParser
{
    public static ChatCommand Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var (first, rest) = SplitFirst(trimmed);
        switch (first.ToLowerInvariant())
        {
            case "draft":
                return ParseDraft(rest, trimmed);
            case "check":
                return rest.Length == 0 ? new HelpCommand("check needs the text to check, e.g. `check The API failed at 14:02 [S1].`") : new CheckCommand(rest);
            case "edit":
                var (maybeId, body) = SplitFirst(rest);
                return IsDraftId(maybeId) ? new EditCommand(maybeId, body) : new EditCommand(null, rest);
            case "submit":
                return new SubmitCommand(IsDraftId(rest) ? rest : null);
            case "history":
                return new HistoryCommand(IsDraftId(rest) ? rest : null);
            case "stats" or "scorecard":
                return new StatsCommand();
            case "help" or "?":
                return new HelpCommand();
            case "who" or "who-approved" or "whoapproved":
                return ParseWhoApproved(trimmed);
            case "pause" or "resume":
                return ParseSwitch(first.Equals("resume", StringComparison.OrdinalIgnoreCase), rest);
            case "pending":
                return new PendingCommand();
            case "override":
                var (overrideId, reason) = SplitFirst(rest);
                return IsDraftId(overrideId) ? new OverrideCommand(overrideId, reason) : new OverrideCommand(null, rest);
            case "retry":
                return new RetryCommand(IsDraftId(rest) ? rest : null);
            case "renew":
                return new RenewCommand(IsDraftId(rest) ? rest : null);
            case "retain" or "retention":
                return new RetainCommand(rest.Contains("dry", StringComparison.OrdinalIgnoreCase));
            default:
                return new HelpCommand(trimmed.Length == 0 ? null : $"I did not understand \"{Shorten(trimmed)}\".");
        }
    }

    private static ChatCommand ParseDraft(string rest, string whole)
    {
        var (workflow, after) = SplitFirst(rest);
        if (!WorkflowNames.IsKnown(workflow))
        {
            var named = workflow.Length == 0 ? "draft needs a workflow" : $"\"{workflow}\" is not a workflow";
            return new HelpCommand($"{named}; use one of: {string.Join(", ", WorkflowNames.All)}. You wrote \"{Shorten(whole)}\".");
        }

        var (maybeTicket, request) = SplitFirst(after);
        return TicketId().IsMatch(maybeTicket)
            ? new DraftCommand(workflow, maybeTicket, request)
            : new DraftCommand(workflow, null, after);
    }

    private static ChatCommand ParseSwitch(bool enable, string rest)
    {
        var (workflow, reason) = SplitFirst(rest);
        var verb = enable ? "resume" : "pause";
        return workflow.Length == 0
            ? new HelpCommand($"{verb} needs a workflow, e.g. `{verb} customer-update{(enable ? "" : " wrong ticket numbers in drafts")}`; workflows: {string.Join(", ", WorkflowNames.All)}.")
            : new SwitchCommand(workflow, enable, reason);
    }

    private static ChatCommand ParseWhoApproved(string text)
    {
        if (!WhoApprovedPhrase().IsMatch(text))
        {
            return new HelpCommand($"I did not understand \"{Shorten(text)}\".");
        }

        foreach (var word in text.Split([' ', '?', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (IsDraftId(word))
            {
                return new WhoApprovedCommand(null, word);
            }

            if (TicketId().IsMatch(word))
            {
                return new WhoApprovedCommand(word, null);
            }
        }

        return new WhoApprovedCommand(null, null);
    }

    private static (string Head, string Tail) SplitFirst(string text)
    {
        var end = 0;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return (text[..end], text[end..].Trim());
    }

    /// <summary>Draft ids are <c>d-</c> followed by hex, as <see cref="DraftIds"/> makes them.</summary>
    public static bool IsDraftId(string text) => DraftIdPattern().IsMatch(text);

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");

    [GeneratedRegex(@"^d-[0-9a-f]{6,32}$")]
    private static partial Regex DraftIdPattern();

    // INC-2041, SUP-60110, owner/repo#123, #123.
    [GeneratedRegex(@"^([A-Z][A-Z0-9]{1,9}-\d{1,9}|[\w.-]+/[\w.-]+#\d{1,9}|#\d{1,9})$")]
    private static partial Regex TicketId();

    [GeneratedRegex(@"^who[- ]?approved\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhoApprovedPhrase();
}
