using ChatOps.Core.Evidence;

namespace ChatOps.Drafting.Tests;

/// <summary>Reading drafting options from a configuration file.</summary>
public sealed class DraftingOptionsJsonTests
{
    [Fact]
    public void Apply_ConfigurationFile_ReadsEndpointsRoutingBudgetsAndKeyFromEnvironment()
    {
        // Arrange
        const string json = """
            {
              // Comments are allowed: the file is written by people.
              "Drafting": {
                "DefaultEndpoint": "cheap",
                "EscalationEndpoint": "strong",
                "MaxRepairRounds": 3,
                "CacheTtl": "00:05:00",
                "DailyBudgets": { "postmortem": 2.5 },
                "Endpoints": [
                  { "Name": "cheap", "Provider": "openai", "Endpoint": "http://localhost:11434/v1/", "Model": "llama3", "Owner": "Dana", "Clearance": "Confidential", "Timeout": "00:00:20" },
                  { "Name": "strong", "Provider": "openai", "Endpoint": "https://api.example/v1/", "Model": "big", "Owner": "Lee", "ApiKey": "from-file", "OutputPricePerMillionTokens": 15 }
                ]
              }
            }
            """;
        var options = new DraftingOptions();
        var environment = new Dictionary<string, string> { ["CHATOPS_API_KEY_CHEAP"] = "from-env" };

        // Act
        DraftingOptionsJson.Apply(json, options, name => environment.GetValueOrDefault(name));

        // Assert
        Assert.Equal(("cheap", "strong", 3, TimeSpan.FromMinutes(5)), (options.DefaultEndpoint, options.EscalationEndpoint, options.MaxRepairRounds, options.CacheTtl));
        Assert.Equal(2.5m, options.DailyBudgets["postmortem"]);
        var cheap = options.FindEndpoint("cheap")!;
        Assert.Equal((Sensitivity.Confidential, TimeSpan.FromSeconds(20), "from-env"), (cheap.Clearance, cheap.Timeout, cheap.ApiKey));
        var strong = options.FindEndpoint("strong")!;
        Assert.Equal(("from-file", 15m, Sensitivity.Internal), (strong.ApiKey, strong.OutputPricePerMillionTokens, strong.Clearance));
        Assert.DoesNotContain("from-file", strong.ToString(), StringComparison.Ordinal);
    }
}
