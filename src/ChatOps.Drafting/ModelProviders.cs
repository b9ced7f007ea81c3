namespace ChatOps.Drafting;

/// <summary>The provider names an endpoint may declare in configuration.</summary>
public static class ModelProviders
{
    /// <summary>Any OpenAI-compatible chat-completions endpoint (OpenAI, Azure OpenAI v1, Ollama, vLLM, LM Studio, a gateway).</summary>
    public const string OpenAI = "openai";

    /// <summary>The embedded extractive drafter: no model, no network.</summary>
    public const string Offline = "offline";
}
