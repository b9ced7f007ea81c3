using ChatOps.Drafting.Providers;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace ChatOps.Drafting.Benchmarks;

/// <summary>A model with no latency of its own: every endpoint answers at once with the same cited draft.</summary>
internal sealed class InstantChatServiceSource(string draft) : IChatServiceSource
{
    public IChatCompletionService Create(ModelEndpointOptions endpoint) => new InstantModel(draft);

    private sealed class InstantModel(string draft) : IChatCompletionService
    {
        public IReadOnlyDictionary<string, object?> Attributes { get; } = new Dictionary<string, object?>();

        public Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(
            ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<ChatMessageContent>>([new ChatMessageContent(AuthorRole.Assistant, draft)]);

        public IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(
            ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("Drafting never streams.");
    }
}
