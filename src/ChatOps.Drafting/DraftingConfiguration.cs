using System.Globalization;
using ChatOps.Core.Evidence;
using Microsoft.Extensions.Configuration;

namespace ChatOps.Drafting;

/// <summary>
/// Reads the drafting settings from configuration, the same way in the host and the CLI: the <c>Drafting</c> section
/// (named endpoints, routes and budgets per workflow) and the <c>Model</c> shortcut, which defines one endpoint named
/// <c>default</c>. Values of the wrong type become problems that name the setting, reported by the validator; API
/// keys come from the setting, a secrets file, or the environment, and are never part of any message.
/// </summary>
public static class DraftingConfiguration
{
    /// <summary>The section of the one-endpoint shortcut (<c>Model:Provider</c>, <c>Model:Endpoint</c>, <c>Model:Name</c>, …).</summary>
    public const string ModelSection = "Model";

    /// <summary>The name the <c>Model:*</c> shortcut gives its endpoint; the shipped policy allows it for tiers 0–2.</summary>
    public const string ShortcutEndpointName = "default";

    /// <summary>The environment variable an endpoint's key is read from when no setting or file holds one: CHATOPS_API_KEY_NAME.</summary>
    public static string KeyVariable(string endpointName)
    {
        ArgumentNullException.ThrowIfNull(endpointName);
        return "CHATOPS_API_KEY_" + string.Concat(endpointName.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_'));
    }

    /// <summary>Copies the <c>Drafting</c> section and the <c>Model</c> shortcut of <paramref name="configuration"/> onto <paramref name="target"/>.</summary>
    public static void Apply(IConfiguration configuration, DraftingOptions target, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(environment);
        var read = new SettingReader(target.Problems);
        var section = configuration.GetSection(DraftingOptions.SectionName);
        if (section["PromptsDirectory"] is { Length: > 0 } prompts)
        {
            target.PromptsDirectory = prompts;
        }

        target.MaxRepairRounds = read.Int(section, "MaxRepairRounds") ?? target.MaxRepairRounds;
        target.DefaultEndpoint = section["DefaultEndpoint"] is { Length: > 0 } primary ? primary : target.DefaultEndpoint;
        target.EscalationEndpoint = section["EscalationEndpoint"] is { Length: > 0 } escalation ? escalation : target.EscalationEndpoint;
        target.CacheTtl = read.Span(section, "CacheTtl") ?? target.CacheTtl;
        target.MaxRetryWait = read.Span(section, "MaxRetryWait") ?? target.MaxRetryWait;
        foreach (var child in section.GetSection("Endpoints").GetChildren())
        {
            // An array (Endpoints: [{"Name": …}]) is read too, by each entry's Name.
            var name = int.TryParse(child.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _) && child["Name"] is { Length: > 0 } named ? named : child.Key;
            target.Endpoints.Add(ReadEndpoint(child, name, child.Path, read, environment, isShortcut: false));
        }

        foreach (var child in section.GetSection("Workflows").GetChildren())
        {
            target.Workflows[child.Key] = new WorkflowDraftingOptions
            {
                Endpoint = child["Endpoint"] is { Length: > 0 } e ? e : null,
                EscalationEndpoint = child["EscalationEndpoint"] is { Length: > 0 } x ? x : null,
                DraftsPerDay = read.Long(child, "DraftsPerDay"),
                CostPerDay = read.Decimal(child, "CostPerDay"),
            };
        }

        ApplyShortcut(configuration.GetSection(ModelSection), target, read, environment, explicitDefault: section["DefaultEndpoint"] is { Length: > 0 });
    }

    private static void ApplyShortcut(IConfigurationSection model, DraftingOptions target, SettingReader read, Func<string, string?> environment, bool explicitDefault)
    {
        var provider = model["Provider"];
        if (string.IsNullOrEmpty(provider) || provider == ModelProviders.Offline)
        {
            return;
        }

        if (!ModelProviders.IsRemote(provider))
        {
            target.Problems.Add($"Model:Provider is \"{provider}\"; set it to offline, openai or azure-openai (environment: Model__Provider).");
            return;
        }

        if (target.FindEndpoint(ShortcutEndpointName) is not null)
        {
            target.Problems.Add($"Model:Provider and Drafting:Endpoints:{ShortcutEndpointName} both define the endpoint '{ShortcutEndpointName}'; keep one of them.");
            return;
        }

        target.Endpoints.Add(ReadEndpoint(model, ShortcutEndpointName, ModelSection, read, environment, isShortcut: true));
        if (!explicitDefault)
        {
            target.DefaultEndpoint = ShortcutEndpointName;
        }
    }

    private static ModelEndpointOptions ReadEndpoint(IConfigurationSection s, string name, string path, SettingReader read, Func<string, string?> environment, bool isShortcut)
    {
        // The shortcut keeps its historical names: Model:Endpoint is the base URL and Model:Name the model.
        var baseUrlKey = isShortcut ? "Endpoint" : "BaseUrl";
        var modelKey = isShortcut ? "Name" : "Model";
        var endpoint = new ModelEndpointOptions
        {
            Name = name,
            SettingPath = path,
            Provider = s["Provider"] ?? ModelProviders.OpenAI,
            BaseUrl = read.Url(s, baseUrlKey) ?? (isShortcut ? null : read.Url(s, "Endpoint")),
            Model = s[modelKey] ?? "",
            Owner = s["Owner"] ?? "",
        };
        endpoint.Timeout = read.Span(s, "Timeout") ?? endpoint.Timeout;
        endpoint.MaxRetries = read.Int(s, "MaxRetries") ?? endpoint.MaxRetries;
        endpoint.Clearance = read.Clearance(s, "Clearance") ?? endpoint.Clearance;
        endpoint.InputPricePer1KTokens = read.Decimal(s, "InputPricePer1KTokens") ?? 0m;
        endpoint.OutputPricePer1KTokens = read.Decimal(s, "OutputPricePer1KTokens") ?? 0m;
        endpoint.ApiKey = s["ApiKey"] is { Length: > 0 } key ? key : ReadKeyFile(s, read) ?? environment(KeyVariable(name));
        return endpoint;
    }

    private static string? ReadKeyFile(IConfigurationSection s, SettingReader read)
    {
        if (s["ApiKeyFile"] is not { Length: > 0 } file)
        {
            return null;
        }

        try
        {
            return File.ReadAllText(file).Trim() is { Length: > 0 } key ? key : read.Problem(s, "ApiKeyFile", $"names \"{file}\", which is empty; put the key in it");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return read.Problem(s, "ApiKeyFile", $"names \"{file}\", which cannot be read ({ex.GetType().Name}); fix the path or its permissions");
        }
    }

    /// <summary>Parses typed values, turning a bad one into a problem that names the setting and its environment variable.</summary>
    private sealed class SettingReader(IList<string> problems)
    {
        public int? Int(IConfigurationSection s, string key) =>
            Parse<int>(s, key, v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null, "a whole number");

        public long? Long(IConfigurationSection s, string key) =>
            Parse<long>(s, key, v => long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null, "a whole number");

        public decimal? Decimal(IConfigurationSection s, string key) =>
            Parse<decimal>(s, key, v => decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null, "a number such as 0.0025");

        public TimeSpan? Span(IConfigurationSection s, string key) =>
            Parse<TimeSpan>(s, key, v => TimeSpan.TryParse(v, CultureInfo.InvariantCulture, out var t) ? t : null, "a time span such as 00:01:00");

        public Sensitivity? Clearance(IConfigurationSection s, string key) =>
            Parse<Sensitivity>(s, key, v => Enum.TryParse<Sensitivity>(v, ignoreCase: true, out var c) && !int.TryParse(v, out _) ? c : null, "public, internal, confidential or restricted");

        public Uri? Url(IConfigurationSection s, string key) =>
            s[key] is { Length: > 0 } value
                ? Uri.TryCreate(value.EndsWith('/') ? value : value + "/", UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                    ? uri
                    : Problem<Uri>(s, key, $"is \"{value}\"; use an absolute http or https address such as https://api.openai.com/v1")
                : null;

        public T? Problem<T>(IConfigurationSection s, string key, string what)
            where T : class
        {
            problems.Add($"{s.Path}:{key} {what} (environment: {(s.Path + ":" + key).Replace(":", "__", StringComparison.Ordinal)}).");
            return null;
        }

        public string? Problem(IConfigurationSection s, string key, string what) => Problem<string>(s, key, what);

        private T? Parse<T>(IConfigurationSection s, string key, Func<string, T?> parse, string expected)
            where T : struct
        {
            if (s[key] is not { Length: > 0 } value)
            {
                return null;
            }

            if (parse(value) is { } parsed)
            {
                return parsed;
            }

            Problem<string>(s, key, $"is \"{value}\"; use {expected}");
            return null;
        }
    }
}
