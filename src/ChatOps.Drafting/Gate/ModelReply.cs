using ChatOps.Core.Drafting;
using Microsoft.SemanticKernel;
using OpenAI.Chat;
using ChatMessageContent = Microsoft.SemanticKernel.ChatMessageContent;

namespace ChatOps.Drafting.Gate;

/// <summary>What one model call returned: its text and token usage, or why the reply cannot be used (filtered, refused, empty).</summary>
internal sealed record ModelReply(string Text, DraftUsage Usage, ModelFailure? Failure)
{
    /// <summary>Where Semantic Kernel's OpenAI connector puts the completion's finish reason.</summary>
    private const string FinishReasonKey = "FinishReason";

    public static ModelReply Read(FunctionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var message = result.ValueType is { } type && typeof(ChatMessageContent).IsAssignableFrom(type) ? result.GetValue<ChatMessageContent>() : null;
        var text = message?.Content ?? result.GetValue<string>() ?? "";
        var usage = UsageReader.Read(result.Metadata);
        var completion = message?.InnerContent as ChatCompletion;
        var finish = completion?.FinishReason.ToString() ?? result.Metadata?.GetValueOrDefault(FinishReasonKey)?.ToString();
        if (finish is nameof(ChatFinishReason.ContentFilter) or "content_filter")
        {
            return new ModelReply(text, usage, new ModelFailure(ModelFault.ContentFiltered, "the provider's content filter stopped the reply", Usage: usage));
        }

        if (!string.IsNullOrWhiteSpace(completion?.Refusal))
        {
            return new ModelReply(text, usage, new ModelFailure(ModelFault.ContentFiltered, "the model refused to answer", Usage: usage));
        }

        return string.IsNullOrWhiteSpace(text)
            ? new ModelReply(text, usage, new ModelFailure(ModelFault.EmptyReply, "the reply held no text", Usage: usage))
            : new ModelReply(text, usage, null);
    }
}
