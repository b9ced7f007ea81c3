using ChatOps.Core.Evidence;

namespace ChatOps.Drafting;

/// <summary>One model endpoint: where it is, who answers for it, what it may see and what it costs.</summary>
public sealed class ModelEndpointOptions
{
    /// <summary>The name drafts and the routing options refer to (for example "default", "escalation", "offline").</summary>
    public string Name { get; set; } = "";

    /// <summary><see cref="ModelProviders.OpenAI"/> or <see cref="ModelProviders.Offline"/>.</summary>
    public string Provider { get; set; } = ModelProviders.Offline;

    /// <summary>The OpenAI-compatible base address, such as https://api.openai.com/v1 or http://localhost:11434/v1.</summary>
    public Uri? Endpoint { get; set; }

    public string Model { get; set; } = "";

    /// <summary>The API key; never logged and never copied into a result. Local servers may need none.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long one HTTP attempt may take before it is abandoned.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries after a 408, 429 (honouring Retry-After), 5xx or network failure.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>The person accountable for this integration, recorded with every draft it writes.</summary>
    public string Owner { get; set; } = "";

    /// <summary>The highest sensitivity label this endpoint may receive.</summary>
    public Sensitivity Clearance { get; set; } = Sensitivity.Internal;

    public decimal InputPricePerMillionTokens { get; set; }

    public decimal OutputPricePerMillionTokens { get; set; }

    /// <summary>The built-in offline endpoint: it never leaves the process, so it is cleared for every label.</summary>
    public static ModelEndpointOptions CreateOffline() => new()
    {
        Name = ModelProviders.Offline,
        Provider = ModelProviders.Offline,
        Model = Offline.OfflineChatCompletionService.ModelId,
        Owner = "ChatOps (embedded offline drafter)",
        Clearance = Sensitivity.Restricted,
    };

    /// <summary>Describes the endpoint without its key.</summary>
    public override string ToString() => $"{Name} ({Provider}, {Model}{(Endpoint is null ? "" : $" at {Endpoint}")})";
}
