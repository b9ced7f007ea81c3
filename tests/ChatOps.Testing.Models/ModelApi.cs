namespace ChatOps.Testing.Models;

/// <summary>Which documented surface the loopback server speaks: the path it serves and the header that carries the key.</summary>
public enum ModelApi
{
    /// <summary>OpenAI and every OpenAI-compatible server (Ollama, vLLM, LiteLLM): <c>/v1/chat/completions</c>, <c>Authorization: Bearer</c>.</summary>
    OpenAI,

    /// <summary>Azure OpenAI's v1 surface: <c>/openai/v1/chat/completions</c>, the key in the <c>api-key</c> header.</summary>
    AzureOpenAI,
}
