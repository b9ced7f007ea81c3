namespace ChatOps.Drafting;

/// <summary>The provider names an endpoint may declare in configuration.</summary>
public static class ModelProviders
{
    /// <summary>Any OpenAI-compatible chat-completions endpoint (OpenAI, Ollama, vLLM, LiteLLM, LM Studio): key as a bearer token.</summary>
    public const string OpenAI = "openai";

    /// <summary>Azure OpenAI's OpenAI-compatible v1 surface (<c>https://RESOURCE.openai.azure.com/openai/v1/</c>): key in the <c>api-key</c> header, model = deployment name.</summary>
    public const string AzureOpenAI = "azure-openai";

    /// <summary>The embedded extractive drafter: no model, no network.</summary>
    public const string Offline = "offline";

    public static IReadOnlyList<string> All { get; } = [Offline, OpenAI, AzureOpenAI];

    /// <summary>True for providers that send the evidence over the network.</summary>
    public static bool IsRemote(string provider) => provider is OpenAI or AzureOpenAI;
}
