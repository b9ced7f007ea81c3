namespace ChatOps.Host.Settings;

/// <summary>The model behind drafting: <c>Model:Provider</c> (<c>offline</c> default | <c>openai</c>), endpoint, name, key.</summary>
public sealed class ModelSettings
{
    public string Provider { get; set; } = "offline";

    public Uri? Endpoint { get; set; }

    public string? Name { get; set; }

    /// <summary>Never logged, never in the ledger.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The person accountable for this model integration, recorded with every draft.</summary>
    public string? Owner { get; set; }
}
