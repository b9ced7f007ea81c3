using ChatOps.Core.Evidence;

namespace ChatOps.Drafting;

/// <summary>One named model endpoint: where it is, who answers for it, what it may see and what it costs.</summary>
public sealed class ModelEndpointOptions
{
    /// <summary>The name the policy's <c>models:</c> and the routing settings refer to; recorded as the draft's model id.</summary>
    public string Name { get; set; } = "";

    /// <summary>Where the endpoint is configured, for messages: <c>Drafting:Endpoints:NAME</c>, or <c>Model</c> for the shortcut.</summary>
    public string SettingPath { get; set; } = "";

    /// <summary><see cref="ModelProviders.OpenAI"/>, <see cref="ModelProviders.AzureOpenAI"/> or <see cref="ModelProviders.Offline"/>.</summary>
    public string Provider { get; set; } = ModelProviders.Offline;

    /// <summary>The base URL, such as https://api.openai.com/v1/, http://localhost:11434/v1/ or https://RESOURCE.openai.azure.com/openai/v1/.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The model (for Azure OpenAI, the deployment name).</summary>
    public string Model { get; set; } = "";

    /// <summary>The API key; never logged, never in the ledger, never in a message. Local servers may need none.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long one call may take before it is abandoned.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Calls again after a 429 (honouring Retry-After), 5xx, timeout, lost connection or empty reply, within one draft.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>The person accountable for this integration, recorded with every draft it writes.</summary>
    public string Owner { get; set; } = "";

    /// <summary>The highest sensitivity label this endpoint may receive.</summary>
    public Sensitivity Clearance { get; set; } = Sensitivity.Internal;

    /// <summary>Price of 1,000 input (prompt) tokens, in the budget's currency.</summary>
    public decimal InputPricePer1KTokens { get; set; }

    /// <summary>Price of 1,000 output (completion) tokens.</summary>
    public decimal OutputPricePer1KTokens { get; set; }

    public bool IsRemote => ModelProviders.IsRemote(Provider);

    /// <summary>The built-in offline endpoint: it never leaves the process, so it is cleared for every label.</summary>
    public static ModelEndpointOptions CreateOffline() => new()
    {
        Name = ModelProviders.Offline,
        SettingPath = "Drafting:Endpoints:offline",
        Provider = ModelProviders.Offline,
        Model = Offline.OfflineChatCompletionService.ModelId,
        Owner = "ChatOps (embedded offline drafter)",
        Clearance = Sensitivity.Restricted,
    };

    /// <summary>Describes the endpoint without its key.</summary>
    public override string ToString() => $"{Name} ({Provider}, {Model}{(BaseUrl is null ? "" : $" at {BaseUrl}")})";
}
