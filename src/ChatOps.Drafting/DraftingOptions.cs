namespace ChatOps.Drafting;

/// <summary>How drafts are made: prompts, named endpoints, routing per workflow, repair rounds, budgets, retries and the cache.</summary>
public sealed class DraftingOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "Drafting";

    /// <summary>The prompt directories (one per workflow, Semantic Kernel layout); by default the copy shipped beside the app.</summary>
    public string PromptsDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "prompts");

    /// <summary>How many times a rejected draft goes back to the model with its findings.</summary>
    public int MaxRepairRounds { get; set; } = 2;

    /// <summary>The endpoint every draft goes to first (the smaller one), unless its workflow names another.</summary>
    public string DefaultEndpoint { get; set; } = ModelProviders.Offline;

    /// <summary>Where one more attempt goes when the default endpoint's repairs fail; none when empty.</summary>
    public string? EscalationEndpoint { get; set; }

    /// <summary>The configured endpoints; the offline one is always added.</summary>
    public IList<ModelEndpointOptions> Endpoints { get; } = [];

    /// <summary>Per-workflow routes and daily budgets, by workflow name.</summary>
    public IDictionary<string, WorkflowDraftingOptions> Workflows { get; } = new Dictionary<string, WorkflowDraftingOptions>(StringComparer.Ordinal);

    /// <summary>How long an identical accepted draft is answered from the cache; zero turns the cache off.</summary>
    public TimeSpan CacheTtl { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The longest pause a draft waits in-process for an endpoint's Retry-After; a longer one ends the draft and the request is kept for later.</summary>
    public TimeSpan MaxRetryWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Settings that could not be read (a value of the wrong type), reported by the validator with the rest.</summary>
    public IList<string> Problems { get; } = [];

    public ModelEndpointOptions? FindEndpoint(string? name) =>
        string.IsNullOrEmpty(name) ? null : Endpoints.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.Ordinal));

    public WorkflowDraftingOptions? FindWorkflow(string workflow) => Workflows.TryGetValue(workflow, out var found) ? found : null;
}
