using ChatOps.Drafting.Tests.Support;
using Microsoft.Extensions.Options;

namespace ChatOps.Drafting.Tests;

/// <summary>Drafting options fail at start-up with messages that name the setting.</summary>
public sealed class DraftingOptionsValidatorTests
{
    [Fact]
    public void Drafter_OpenAIEndpointWithoutAddressOrOwner_FailsAtStartWithoutLeakingTheKey()
    {
        // Arrange
        using var host = new DraftingHost(options =>
        {
            options.Endpoints.Add(new ModelEndpointOptions { Name = "gpt", SettingPath = "Drafting:Endpoints:gpt", Provider = ModelProviders.OpenAI, Model = "m", ApiKey = TestEndpoints.ApiKey });
            options.DefaultEndpoint = "gpt";
            options.EscalationEndpoint = "missing";
        });

        // Act
        var error = Assert.Throws<OptionsValidationException>(() => host.Drafter);

        // Assert
        Assert.Contains(error.Failures, f => f.Contains("Drafting:Endpoints:gpt:BaseUrl", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Drafting:Endpoints:gpt:Owner", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("EscalationEndpoint 'missing'", StringComparison.Ordinal));
        Assert.DoesNotContain(TestEndpoints.ApiKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Drafter_MissingPromptsDirectory_FailsAtStart()
    {
        // Arrange
        using var host = new DraftingHost(options => options.PromptsDirectory = "/nonexistent/prompts");

        // Act
        var error = Assert.Throws<OptionsValidationException>(() => host.Drafter);

        // Assert
        Assert.Contains(error.Failures, f => f.Contains("/nonexistent/prompts", StringComparison.Ordinal));
    }

    [Fact]
    public void Drafter_NoEndpointsConfigured_UsesTheOfflineDrafter()
    {
        // Arrange
        using var host = new DraftingHost();

        // Act
        var options = host.Get<IOptions<DraftingOptions>>().Value;

        // Assert
        var offline = Assert.Single(options.Endpoints);
        Assert.Equal(ModelProviders.Offline, offline.Provider);
        Assert.Equal("offline", options.DefaultEndpoint);
    }
}
