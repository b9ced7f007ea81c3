using System.Text.Json;
using ChatOps.Core.Cards;
using ChatOps.Slack.Wire;

namespace ChatOps.Slack.Cards;

/// <summary>Builds the modals that collect an action's text: the rejection reason, the requested changes, the edited draft.</summary>
public static class SlackModals
{
    public static SlackModalView ForInput(string verb, CardInput input, SlackModalState state, string? initialValue = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var metadata = JsonSerializer.Serialize(state, SlackJsonContext.Default.SlackModalState);
        if (metadata.Length > BlockKitLimits.PrivateMetadata)
        {
            throw new InvalidOperationException($"The '{SlackText.Truncate(verb, 40)}' action's data does not fit a modal's metadata (3,000 characters).");
        }

        var maxLength = Math.Clamp(input.MaxLength, 1, BlockKitLimits.InputMaxLength);
        var element = new PlainTextInputElement(SlackText.Truncate(input.Id, BlockKitLimits.Id))
        {
            Multiline = true,
            MaxLength = maxLength,
            InitialValue = initialValue is { Length: > 0 } && initialValue.Length <= maxLength ? initialValue : null,
            Placeholder = input.Placeholder is { Length: > 0 } p ? new PlainText(SlackText.Truncate(p, BlockKitLimits.Placeholder)) : null,
        };
        var block = new InputBlock(new PlainText(SlackText.Truncate(input.Label, BlockKitLimits.InputLabel)), element)
        {
            BlockId = SlackText.Truncate(input.Id, BlockKitLimits.Id),
            Optional = input.Required ? null : true,
        };
        return new SlackModalView(new PlainText(SlackText.Truncate(Title(verb), BlockKitLimits.ModalTitle)), [block])
        {
            Submit = new PlainText(SlackText.Truncate(Submit(verb), BlockKitLimits.ModalTitle)),
            Close = new PlainText("Cancel"),
            CallbackId = SlackText.Truncate(verb, BlockKitLimits.Id),
            PrivateMetadata = metadata,
        };
    }

    private static string Title(string verb) => verb switch
    {
        CardVerbs.Reject => "Reject",
        CardVerbs.RequestChanges => "Request changes",
        CardVerbs.Edit => "Edit the draft",
        _ => "Add details",
    };

    private static string Submit(string verb) => verb switch
    {
        CardVerbs.Reject => "Reject",
        CardVerbs.RequestChanges => "Send",
        CardVerbs.Edit => "Check again",
        _ => "Submit",
    };
}
