using ChatOps.Core.Checking;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;

namespace ChatOps.Drafting.Providers;

/// <summary>The chat service each endpoint's configuration asks for: OpenAI-compatible or offline.</summary>
internal sealed class ConfiguredChatServiceSource(ICiteFirstChecker checker, ILoggerFactory loggerFactory) : IChatServiceSource
{
    public IChatCompletionService Create(ModelEndpointOptions endpoint) => ChatServiceFactory.Create(endpoint, checker, loggerFactory);
}
