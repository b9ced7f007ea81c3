using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatOps.Drafting;

/// <summary>Reads drafting options from a JSON file (<c>{"Drafting": {...}}</c>), with API keys taken from the environment.</summary>
public static class DraftingOptionsJson
{
    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The environment variable an endpoint's key is read from when the file holds none: CHATOPS_API_KEY_NAME.</summary>
    public static string KeyVariable(string endpointName)
    {
        ArgumentNullException.ThrowIfNull(endpointName);
        return "CHATOPS_API_KEY_" + string.Concat(endpointName.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_'));
    }

    /// <summary>Copies the file's settings onto <paramref name="target"/>; throws <see cref="JsonException"/> naming the problem.</summary>
    public static void Apply(string json, DraftingOptions target, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(environment);
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var section = document.RootElement.TryGetProperty(DraftingOptions.SectionName, out var inner) ? inner : document.RootElement;
        var read = section.Deserialize<DraftingOptions>(SerializerOptions) ?? new DraftingOptions();

        target.PromptsDirectory = section.TryGetProperty(nameof(DraftingOptions.PromptsDirectory), out _) ? read.PromptsDirectory : target.PromptsDirectory;
        target.MaxRepairRounds = read.MaxRepairRounds;
        target.DefaultEndpoint = read.DefaultEndpoint;
        target.EscalationEndpoint = read.EscalationEndpoint;
        target.CacheTtl = read.CacheTtl;
        foreach (var endpoint in read.Endpoints)
        {
            endpoint.ApiKey = string.IsNullOrEmpty(endpoint.ApiKey) ? environment(KeyVariable(endpoint.Name)) : endpoint.ApiKey;
            target.Endpoints.Add(endpoint);
        }

        foreach (var (workflow, budget) in read.DailyBudgets)
        {
            target.DailyBudgets[workflow] = budget;
        }
    }
}
