using System.Runtime.CompilerServices;
using ChatOps.Core.Checking;
using ChatOps.Core.Drafting;
using ChatOps.Drafting.Gate;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Services;

namespace ChatOps.Drafting.Offline;

/// <summary>The embedded default model: reads the rendered drafting prompt and answers with an extractive, cited draft.</summary>
internal sealed class OfflineChatCompletionService(ICiteFirstChecker checker) : IChatCompletionService
{
    /// <summary>The model id recorded with every offline draft.</summary>
    public const string ModelId = "chatops-offline-extractive-1";

    private readonly ExtractiveDrafter drafter = new(checker);

    public IReadOnlyDictionary<string, object?> Attributes { get; } =
        new Dictionary<string, object?> { [AIServiceExtensions.ModelIdKey] = ModelId };

    public Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(
        ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chatHistory);
        cancellationToken.ThrowIfCancellationRequested();
        var user = chatHistory.LastOrDefault(m => m.Role == AuthorRole.User)?.Content ?? "";
        var prompt = OfflinePromptParser.Parse(user);
        var draft = drafter.Draft(prompt.Workflow, prompt.Evidence);
        // No tokens: nothing was sent to a model.
        var metadata = new Dictionary<string, object?> { [UsageReader.MetadataKey] = DraftUsage.None };
        IReadOnlyList<ChatMessageContent> reply = [new ChatMessageContent(AuthorRole.Assistant, draft.Text, ModelId, metadata: metadata)];
        return Task.FromResult(reply);
    }

    public async IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(
        ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var replies = await GetChatMessageContentsAsync(chatHistory, executionSettings, kernel, cancellationToken);
        foreach (var reply in replies)
        {
            yield return new StreamingChatMessageContent(reply.Role, reply.Content, modelId: ModelId);
        }
    }
}
