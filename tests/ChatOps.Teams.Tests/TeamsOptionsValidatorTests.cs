using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatOps.Teams.Tests;

public sealed class TeamsOptionsValidatorTests
{
    [Theory]
    [InlineData("Teams:AppId", "not-a-guid", "Teams:AppId is \"not-a-guid\"; set it to the bot's Microsoft App ID")]
    [InlineData("Teams:AppPassword", "", "Teams:AppPassword is missing")]
    [InlineData("Teams:TenantId", "contoso", "Teams:TenantId must be a tenant GUID")]
    [InlineData("Teams:OpenIdMetadataUrl", "http://login.example.com/meta", "Teams:OpenIdMetadataUrl must use https")]
    [InlineData("Teams:Authority", "not a url", "Teams:Authority must be an absolute https URL")]
    [InlineData("Teams:Authority", "http://127.0.0.1:5000/tenant", "Teams:Authority must use https, loopback included")]
    [InlineData("Teams:Emulator", "true", "Teams:Emulator is true but Teams:AppId is set")]
    [InlineData("Teams:Retry:MaxRetries", "99", "Teams:Retry:MaxRetries")]
    public void Resolve_BadSetting_FailsNamingTheSetting(string key, string value, string expected)
    {
        // Arrange
        var settings = Valid();
        settings[key] = value;
        using var services = Build(settings);

        // Act
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TeamsOptions>>().Value);

        // Assert
        Assert.Contains(error.Failures, f => f.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_PasswordWithoutAppId_Fails()
    {
        // Arrange
        using var services = Build(new Dictionary<string, string?> { ["Teams:AppPassword"] = "secret" });

        // Act + Assert
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TeamsOptions>>().Value);
        Assert.Contains(error.Failures, f => f.Contains("Teams:AppId is required", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_ValidSettings_BindsEveryKey()
    {
        // Arrange
        var settings = Valid();
        settings["Teams:AllowedTenants:0"] = "72f988bf-86f1-41af-91ab-2d7cd011db47";
        using var services = Build(settings);

        // Act
        var options = services.GetRequiredService<IOptions<TeamsOptions>>().Value;

        // Assert
        Assert.Equal("5b4c2f7e-1d3a-4e8f-9a6b-0c1d2e3f4a5b", options.AppId);
        Assert.Equal(["72f988bf-86f1-41af-91ab-2d7cd011db47"], options.AllowedTenants);
        Assert.Equal(TeamsOptions.PublicOpenIdMetadataUrl, options.OpenIdMetadataUrl);
        Assert.Equal("https://login.microsoftonline.com/6a1b2c3d-0000-4000-8000-000000000009", options.EffectiveAuthority);
    }

    [Fact]
    public void EffectiveAuthority_MultiTenant_IsBotFrameworkTenant() =>
        Assert.Equal("https://login.microsoftonline.com/botframework.com", new TeamsOptions().EffectiveAuthority);

    [Fact]
    public void Resolve_EmptySection_IsEmulatorMode() =>
        Assert.False(Build([]).GetRequiredService<IOptions<TeamsOptions>>().Value.IsAuthenticationEnabled);

    private static Dictionary<string, string?> Valid() => new()
    {
        ["Teams:AppId"] = "5b4c2f7e-1d3a-4e8f-9a6b-0c1d2e3f4a5b",
        ["Teams:AppPassword"] = "secret",
        ["Teams:TenantId"] = "6a1b2c3d-0000-4000-8000-000000000009",
    };

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddChatOpsTeams(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).BuildServiceProvider();
}
