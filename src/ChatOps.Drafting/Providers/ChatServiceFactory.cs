using System.ClientModel;
using System.ClientModel.Primitives;
using ChatOps.Core.Checking;
using ChatOps.Drafting.Offline;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace ChatOps.Drafting.Providers;

/// <summary>Builds the chat service behind one configured endpoint.</summary>
internal static class ChatServiceFactory
{
    // Local OpenAI-compatible servers (Ollama, vLLM, LM Studio) accept any bearer; the SDK insists on one.
    private const string NoKey = "no-key";

    public static IChatCompletionService Create(ModelEndpointOptions endpoint, ICiteFirstChecker checker, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (endpoint.Provider == ModelProviders.Offline)
        {
            return new OfflineChatCompletionService(checker);
        }

        // The client is built here rather than from an HttpClient because Semantic Kernel turns retries off for a
        // caller's HttpClient; the SDK's own policy retries 408/429/5xx and honours Retry-After.
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = endpoint.Endpoint,
            NetworkTimeout = endpoint.Timeout,
            RetryPolicy = new ClientRetryPolicy(endpoint.MaxRetries),
        };
        var key = string.IsNullOrEmpty(endpoint.ApiKey) ? NoKey : endpoint.ApiKey;
        var client = new OpenAIClient(new ApiKeyCredential(key), clientOptions);
        return new OpenAIChatCompletionService(endpoint.Model, client, loggerFactory);
    }
}
