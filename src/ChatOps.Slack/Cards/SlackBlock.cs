using System.Text.Json.Serialization;

namespace ChatOps.Slack.Cards;

/// <summary>A layout block of a message or modal; the JSON <c>type</c> comes from the subtype.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(HeaderBlock), "header")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(DividerBlock), "divider")]
[JsonDerivedType(typeof(ActionsBlock), "actions")]
[JsonDerivedType(typeof(InputBlock), "input")]
public abstract record SlackBlock
{
    public string? BlockId { get; init; }
}
