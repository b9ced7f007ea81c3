using Microsoft.Extensions.Primitives;

namespace ChatOps.Slack.Inbound;

/// <summary>Turns a slash command's form fields into a <see cref="SlackCommandReceived"/>, or null when fields are missing.</summary>
internal static class SlackCommandReader
{
    public static SlackCommandReceived? Read(IReadOnlyDictionary<string, StringValues> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = Field(form, "user_id");
        var channel = Field(form, "channel_id");
        if (user is null || channel is null)
        {
            return null;
        }

        var text = (Field(form, "text") ?? string.Empty).Trim();
        var space = text.IndexOfAny([' ', '\n', '\t']);
        var verb = (space < 0 ? text : text[..space]).ToLowerInvariant();
        var arguments = space < 0 ? string.Empty : text[(space + 1)..].Trim();
        var trigger = Field(form, "trigger_id");
        // Slack does not retry slash commands; the trigger id is unique per invocation all the same.
        var key = "command:" + (trigger ?? Guid.NewGuid().ToString("N"));
        return new SlackCommandReceived(
            new SlackActor(user, Field(form, "team_id") ?? string.Empty),
            new SlackPlace(channel, null),
            key,
            verb.Length == 0 ? "help" : verb,
            arguments,
            Field(form, "response_url"),
            trigger);
    }

    private static string? Field(IReadOnlyDictionary<string, StringValues> form, string name) =>
        form.TryGetValue(name, out var value) && !StringValues.IsNullOrEmpty(value) ? value.ToString() : null;
}
