using System.ClientModel.Primitives;

namespace ChatOps.Drafting.Providers;

/// <summary>
/// The last step before a request leaves: puts the key where the provider wants it. Azure OpenAI takes it in the
/// <c>api-key</c> header instead of a bearer token; a local server configured without a key gets no credential at all
/// (the SDK insists on one, so a placeholder bearer is removed here).
/// </summary>
internal sealed class KeyHeaderPolicy(string? azureKey) : PipelinePolicy
{
    public const string AzureKeyHeader = "api-key";

    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        ArgumentNullException.ThrowIfNull(message);
        Apply(message.Request);
        ProcessNext(message, pipeline, currentIndex);
    }

    public override ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        ArgumentNullException.ThrowIfNull(message);
        Apply(message.Request);
        return ProcessNextAsync(message, pipeline, currentIndex);
    }

    private void Apply(PipelineRequest request)
    {
        request.Headers.Remove("Authorization");
        if (azureKey is not null)
        {
            request.Headers.Set(AzureKeyHeader, azureKey);
        }
    }
}
