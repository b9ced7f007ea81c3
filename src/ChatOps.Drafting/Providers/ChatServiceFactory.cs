using System.ClientModel;
using System.ClientModel.Primitives;
using ChatOps.Core.Checking;
using ChatOps.Drafting.Offline;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace ChatOps.Drafting.Providers;

/// <summary>Builds the chat service behind one configured endpoint: OpenAI-compatible, Azure OpenAI's v1 surface, or offline.</summary>
internal static class ChatServiceFactory
{
    public static IChatCompletionService Create(ModelEndpointOptions endpoint, ICiteFirstChecker checker, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsRemote)
        {
            return new OfflineChatCompletionService(checker);
        }

        // The SDK's own retries are off: the gate retries, so that every call (a 429 included) is recorded with its outcome.
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = endpoint.BaseUrl,
            NetworkTimeout = endpoint.Timeout,
            RetryPolicy = new ClientRetryPolicy(0),
        };
        var key = string.IsNullOrEmpty(endpoint.ApiKey) ? null : endpoint.ApiKey;
        if (endpoint.Provider == ModelProviders.AzureOpenAI || key is null)
        {
            clientOptions.AddPolicy(new KeyHeaderPolicy(endpoint.Provider == ModelProviders.AzureOpenAI ? key : null), PipelinePosition.BeforeTransport);
        }

        var client = new OpenAIClient(new ApiKeyCredential(key ?? NoKey), clientOptions);
        return new OpenAIChatCompletionService(endpoint.Model, client, loggerFactory);
    }

    // The SDK will not build a client without a credential; KeyHeaderPolicy takes this placeholder off before it is sent.
    private const string NoKey = "no-key";
}
