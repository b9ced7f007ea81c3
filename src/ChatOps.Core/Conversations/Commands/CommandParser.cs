using System.Text.RegularExpressions;
using ChatOps.Core.Workflows;

namespace ChatOps.Core.Conversations.Commands;

/// <summary>Turns what a person typed into a command; anything it does not understand becomes help.</summary>
public static partial class CommandParser
{
    // The one command vocabulary: each first word the bot understands, and how the rest of the text becomes the command.
    // Channels and the console ask Keywords / IsCommand rather than keep their own list.
    private static readonly Dictionary<string, Func<string, string, ChatCommand>> Commands = new(StringComparer.OrdinalIgnoreCase)
    {
        ["draft"] = (rest, whole) => ParseDraft(rest, whole),
        ["check"] = (rest, _) => rest.Length == 0 ? new HelpCommand("check needs the text to check, e.g. `check The API failed at 14:02 [S1].`") : new CheckCommand(rest),
        ["edit"] = (rest, _) => SplitFirst(rest) is var (maybeId, body) && IsDraftId(maybeId) ? new EditCommand(maybeId, body) : new EditCommand(null, rest),
        ["submit"] = (rest, _) => new SubmitCommand(IsDraftId(rest) ? rest : null),
        ["history"] = (rest, _) => new HistoryCommand(IsDraftId(rest) ? rest : null),
        ["stats"] = (_, _) => new StatsCommand(),
        ["scorecard"] = (_, _) => new StatsCommand(),
        ["help"] = (_, _) => new HelpCommand(),
        ["?"] = (_, _) => new HelpCommand(),
        ["who"] = (_, whole) => ParseWhoApproved(whole),
        ["who-approved"] = (_, whole) => ParseWhoApproved(whole),
        ["whoapproved"] = (_, whole) => ParseWhoApproved(whole),
        ["pause"] = (rest, _) => ParseSwitch(enable: false, rest),
        ["resume"] = (rest, _) => ParseSwitch(enable: true, rest),
        ["pending"] = (_, _) => new PendingCommand(),
        ["override"] = (rest, _) => SplitFirst(rest) is var (overrideId, reason) && IsDraftId(overrideId) ? new OverrideCommand(overrideId, reason) : new OverrideCommand(null, rest),
        ["retry"] = (rest, _) => new RetryCommand(IsDraftId(rest) ? rest : null),
        ["renew"] = (rest, _) => new RenewCommand(IsDraftId(rest) ? rest : null),
        ["retain"] = (rest, _) => new RetainCommand(rest.Contains("dry", StringComparison.OrdinalIgnoreCase)),
        ["retention"] = (rest, _) => new RetainCommand(rest.Contains("dry", StringComparison.OrdinalIgnoreCase)),
    };

    /// <summary>Every first word that starts a command, lower case.</summary>
    public static IReadOnlyCollection<string> Keywords { get; } = [.. Commands.Keys];

    /// <summary>True when the text starts with a command word (what a person says to the bot, not about the incident).</summary>
    public static bool IsCommand(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Commands.ContainsKey(SplitFirst(text.Trim()).Head);
    }

    public static ChatCommand Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var (first, rest) = SplitFirst(trimmed);
        return Commands.TryGetValue(first, out var parse)
            ? parse(rest, trimmed)
            : new HelpCommand(trimmed.Length == 0 ? null : $"I did not understand \"{Shorten(trimmed)}\".");
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
