using Microsoft.SemanticKernel.ChatCompletion;

namespace ChatOps.Drafting.Providers;

/// <summary>Where the kernel gets the chat service for each endpoint; replaced only by benchmarks that time the pipeline without a model.</summary>
internal interface IChatServiceSource
{
    IChatCompletionService Create(ModelEndpointOptions endpoint);
}
