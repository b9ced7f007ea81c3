namespace ChatOps.Drafting;

/// <summary>How drafts are made: prompts, endpoints and routing, repair rounds, budgets and the cache.</summary>
public sealed class DraftingOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Drafting";

    /// <summary>The prompt directories (one per workflow, Semantic Kernel layout); by default the copy shipped beside the app.</summary>
    public string PromptsDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "prompts");

    /// <summary>How many times a rejected draft goes back to the model with its findings.</summary>
    public int MaxRepairRounds { get; set; } = 2;

    /// <summary>The endpoint every draft goes to first (the cheaper one).</summary>
    public string DefaultEndpoint { get; set; } = ModelProviders.Offline;

    /// <summary>Where one more attempt goes when the default endpoint's repairs fail; none when empty.</summary>
    public string? EscalationEndpoint { get; set; }

    /// <summary>The configured endpoints; the offline one is added when no endpoint is configured.</summary>
    public IList<ModelEndpointOptions> Endpoints { get; } = [];

    /// <summary>How long an identical draft request is answered from the cache; zero turns the cache off.</summary>
    public TimeSpan CacheTtl { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Daily spend limit per workflow in the price currency; a workflow without an entry has no limit.</summary>
    public IDictionary<string, decimal> DailyBudgets { get; } = new Dictionary<string, decimal>(StringComparer.Ordinal);

    public ModelEndpointOptions? FindEndpoint(string? name) =>
        string.IsNullOrEmpty(name) ? null : Endpoints.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.Ordinal));
}
