using System.Text;
using ChatOps.Core.Evidence;
using ChatOps.Drafting.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ChatOps.Drafting.Tests;

/// <summary>Reading drafting settings from configuration: named endpoints, routes and budgets per workflow, the Model shortcut, keys.</summary>
public sealed class DraftingConfigurationTests
{
    private static IConfiguration Json(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();

    [Fact]
    public void Apply_NamedEndpoints_ReadsEveryFieldRoutesBudgetsAndKeysFromEnvironmentOrFile()
    {
        // Arrange
        var keyFile = Path.GetTempFileName();
        File.WriteAllText(keyFile, "key-from-file\n");
        var configuration = Json($$"""
            {
              "Drafting": {
                "DefaultEndpoint": "small",
                "EscalationEndpoint": "large",
                "MaxRepairRounds": 3,
                "CacheTtl": "00:05:00",
                "Endpoints": {
                  "small": { "Provider": "openai", "BaseUrl": "http://localhost:11434/v1", "Model": "llama3.1", "Owner": "Dana", "Clearance": "confidential", "Timeout": "00:00:20" },
                  "large": { "Provider": "azure-openai", "BaseUrl": "https://acme.openai.azure.com/openai/v1/", "Model": "gpt-4o", "Owner": "Lee",
                             "ApiKeyFile": "{{keyFile}}", "InputPricePer1KTokens": 0.0025, "OutputPricePer1KTokens": 0.01 }
                },
                "Workflows": { "postmortem": { "Endpoint": "large", "DraftsPerDay": 40, "CostPerDay": 2.5 } }
              }
            }
            """);
        var options = new DraftingOptions();
        var environment = new Dictionary<string, string> { ["CHATOPS_API_KEY_SMALL"] = "key-from-env" };

        // Act
        DraftingConfiguration.Apply(configuration, options, name => environment.GetValueOrDefault(name));
        File.Delete(keyFile);

        // Assert
        Assert.Empty(options.Problems);
        Assert.Equal(("small", "large", 3, TimeSpan.FromMinutes(5)), (options.DefaultEndpoint, options.EscalationEndpoint, options.MaxRepairRounds, options.CacheTtl));
        var small = options.FindEndpoint("small")!;
        Assert.Equal((Sensitivity.Confidential, TimeSpan.FromSeconds(20), "key-from-env", new Uri("http://localhost:11434/v1/")), (small.Clearance, small.Timeout, small.ApiKey, small.BaseUrl));
        var large = options.FindEndpoint("large")!;
        Assert.Equal((ModelProviders.AzureOpenAI, "key-from-file", 0.0025m, 0.01m, Sensitivity.Internal), (large.Provider, large.ApiKey, large.InputPricePer1KTokens, large.OutputPricePer1KTokens, large.Clearance));
        Assert.Equal("Drafting:Endpoints:large", large.SettingPath);
        Assert.DoesNotContain("key-from-file", large.ToString(), StringComparison.Ordinal);
        var postmortem = options.Workflows["postmortem"];
        Assert.Equal(("large", 40L, 2.5m), (postmortem.Endpoint, postmortem.DraftsPerDay, postmortem.CostPerDay));
    }

    [Fact]
    public void Apply_ModelShortcut_DefinesTheDefaultEndpointAndRoutesToIt()
    {
        // Arrange: the README's one-model example.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Model:Provider"] = "openai",
            ["Model:Endpoint"] = "http://localhost:11434/v1",
            ["Model:Name"] = "llama3.1",
            ["Model:Owner"] = "platform-team",
        }).Build();
        var options = new DraftingOptions();

        // Act
        DraftingConfiguration.Apply(configuration, options, _ => null);

        // Assert
        Assert.Empty(options.Problems);
        Assert.Equal(DraftingConfiguration.ShortcutEndpointName, options.DefaultEndpoint);
        var endpoint = options.FindEndpoint("default")!;
        Assert.Equal(("llama3.1", "platform-team", "Model", (string?)null), (endpoint.Model, endpoint.Owner, endpoint.SettingPath, endpoint.ApiKey));
    }

    [Fact]
    public void Host_BadValuesAndMissingOwner_FailAtStartNamingEachSettingNeverTheKey()
    {
        // Arrange
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Drafting:Endpoints:gpt:Provider"] = "openai",
            ["Drafting:Endpoints:gpt:Model"] = "gpt-4o",
            ["Drafting:Endpoints:gpt:ApiKey"] = TestEndpoints.ApiKey,
            ["Drafting:Endpoints:gpt:Timeout"] = "soon",
            ["Drafting:Endpoints:az:Provider"] = "azure-openai",
            ["Drafting:Endpoints:az:BaseUrl"] = "https://acme.openai.azure.com/",
            ["Drafting:Endpoints:az:Model"] = "gpt-4o",
            ["Drafting:Endpoints:az:Owner"] = "Lee",
            ["Drafting:Workflows:postmortem:DraftsPerDay"] = "many",
            ["Drafting:Workflows:nonsense:Endpoint"] = "gpt",
            ["Model:Provider"] = "gemini",
        }).Build();
        using var host = new DraftingHost(options => DraftingConfiguration.Apply(configuration, options, _ => null));

        // Act
        var error = Assert.Throws<OptionsValidationException>(() => host.Drafter);

        // Assert
        Assert.Contains(error.Failures, f => f.StartsWith("Drafting:Endpoints:gpt:Timeout is \"soon\"", StringComparison.Ordinal) && f.Contains("Drafting__Endpoints__gpt__Timeout", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Drafting:Endpoints:gpt:BaseUrl is empty", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Drafting:Endpoints:gpt:Owner is empty", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("/openai/v1/", StringComparison.Ordinal) && f.StartsWith("Drafting:Endpoints:az", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Azure OpenAI needs an API key", StringComparison.Ordinal) && f.Contains("CHATOPS_API_KEY_AZ", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Drafting:Workflows:postmortem:DraftsPerDay is \"many\"", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Drafting:Workflows:nonsense: 'nonsense' is not a workflow", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Model:Provider is \"gemini\"", StringComparison.Ordinal));
        Assert.DoesNotContain(TestEndpoints.ApiKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_UnreadableKeyFile_IsAProblemNamingTheSetting()
    {
        // Arrange
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Drafting:Endpoints:gpt:ApiKeyFile"] = "/nonexistent/secret",
        }).Build();
        var options = new DraftingOptions();

        // Act
        DraftingConfiguration.Apply(configuration, options, _ => "ignored-because-the-file-was-named");

        // Assert
        Assert.Contains(options.Problems, p => p.StartsWith("Drafting:Endpoints:gpt:ApiKeyFile names \"/nonexistent/secret\", which cannot be read", StringComparison.Ordinal));
    }
}
