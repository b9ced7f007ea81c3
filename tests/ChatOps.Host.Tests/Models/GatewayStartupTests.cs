using ChatOps.Host.Composition;
using Microsoft.Extensions.Options;

namespace ChatOps.Host.Tests.Models;

/// <summary>The host refuses to start when the policy and the model settings cannot work together, naming the workflow and the setting.</summary>
public sealed class GatewayStartupTests
{
    [Fact]
    public async Task PolicyWorkflowWhoseModelsNameNoConfiguredEndpoint_HostDoesNotStart_OneLineNamesItAndTheSetting()
    {
        var folder = Directory.CreateTempSubdirectory("chatops-startup-").FullName;
        var policy = Path.Combine(folder, "policy.yaml");
        var shipped = ChatOps.Policy.Yaml.PolicyYamlLoader.DefaultText();
        await File.WriteAllTextAsync(policy, ReplaceModelsOf(shipped, "pricing-change", "[azure-gpt-4o]"));
        var app = ChatOpsApp.Build(["--Urls", "http://127.0.0.1:0", "--ConnectionStrings:Ledger", Path.Combine(folder, "ledger.db"), "--Policy:Path", policy]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);

        var line = Assert.Single(error.Failures);
        Assert.StartsWith("Workflow 'pricing-change' allows models [azure-gpt-4o] in the policy, but none is a configured endpoint (configured: offline)", line, StringComparison.Ordinal);
        Assert.Contains("Drafting:Endpoints:azure-gpt-4o", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
    }

    [Fact]
    public async Task WorkflowRoutedToAnEndpointItsPolicyDoesNotAllow_HostDoesNotStart()
    {
        await using var model = LoopbackModelServer.Start(ScriptedReply.Draft(ModelArgs.GoodDraft));
        var folder = Directory.CreateTempSubdirectory("chatops-startup-").FullName;
        var app = ChatOpsApp.Build(["--Urls", "http://127.0.0.1:0", "--ConnectionStrings:Ledger", Path.Combine(folder, "ledger.db"),
            .. ModelArgs.Shortcut(model, ModelArgs.KeyFile()), "--Drafting:Workflows:access-change:Endpoint", "default"]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);

        Assert.Contains(error.Failures, f => f.StartsWith("Drafting:Workflows:access-change:Endpoint is 'default', which the policy does not allow for access-change (models: offline)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ModelShortcutWithoutOwner_HostDoesNotStart_NamingModelOwner()
    {
        var folder = Directory.CreateTempSubdirectory("chatops-startup-").FullName;
        var app = ChatOpsApp.Build(["--Urls", "http://127.0.0.1:0", "--ConnectionStrings:Ledger", Path.Combine(folder, "ledger.db"),
            "--Model:Provider", "openai", "--Model:Endpoint", "http://127.0.0.1:9/v1", "--Model:Name", "llama3.1"]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);

        Assert.Contains(error.Failures, f => f.StartsWith("Model:Owner is empty; name the person accountable", StringComparison.Ordinal));
    }

    private static string ReplaceModelsOf(string policy, string workflow, string models)
    {
        var at = policy.IndexOf($"  {workflow}:", StringComparison.Ordinal);
        var line = policy.IndexOf("models:", at, StringComparison.Ordinal);
        var end = policy.IndexOf('\n', line);
        return policy[..line] + "models: " + models + policy[end..];
    }
}
