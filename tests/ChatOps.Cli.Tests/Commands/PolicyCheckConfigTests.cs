using ChatOps.Cli.Tests.TestSupport;
using ChatOps.Policy.Yaml;

namespace ChatOps.Cli.Tests.Commands;

/// <summary><c>chatops policy check --config appsettings.json</c> reports what the host's start-up would refuse, and what it will refuse at run time.</summary>
public sealed class PolicyCheckConfigTests : IDisposable
{
    private readonly CliSandbox sandbox = new();

    public void Dispose() => sandbox.Dispose();

    private const string Shortcut = """
        {"Model": {"Provider": "openai", "Endpoint": "http://localhost:11434/v1", "Name": "llama3.1", "Owner": "platform-team"}}
        """;

    [Fact]
    public async Task ShippedPolicyWithTheReadmeShortcut_OkListsEndpointsAndWarnsOfRefusedRoutes()
    {
        var config = sandbox.Write("appsettings.json", Shortcut);

        var run = await InProcessCli.RunAsync("policy", "check", "--config", config);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("endpoint default: openai llama3.1 at http://localhost:11434/v1/, owner platform-team, clearance internal", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("customer-update", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("models [offline, default, escalation]  drafts on default", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("warning: pricing-change: drafts go to 'default', which its policy does not allow (models: offline)", run.Stdout, StringComparison.Ordinal);
        // An allowed name nothing configures is a note, once per name, not a warning per workflow.
        Assert.Contains("note: the policy also allows 'escalation' (customer-update, incident-internal, postmortem, support-reply), not configured here; " +
            "configure it as Drafting:Endpoints:escalation to draft on it.", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("warning: customer-update", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"policy ok with {config}", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkflowWhoseModelsNameNoConfiguredEndpoint_ExitOneWithTheSameLineTheHostRefusesWith()
    {
        var policy = PolicyYamlLoader.DefaultText();
        var at = policy.IndexOf("models:", policy.IndexOf("  support-reply:", StringComparison.Ordinal), StringComparison.Ordinal);
        var file = sandbox.Write("policy.yaml", policy[..at] + "models: [gpt-4o]" + policy[policy.IndexOf('\n', at)..]);
        var config = sandbox.Write("appsettings.json", Shortcut);

        var run = await InProcessCli.RunAsync("policy", "check", file, "--config", config);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: Workflow 'support-reply' allows models [gpt-4o] in the policy, but none is a configured endpoint (configured: default, offline); configure one as Drafting:Endpoints:gpt-4o", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("policy INVALID with", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadModelSetting_BadInputNamingTheSetting()
    {
        var config = sandbox.Write("appsettings.json", """{"Model": {"Provider": "openai", "Endpoint": "http://localhost:11434/v1", "Name": "llama3.1"}}""");

        var run = await InProcessCli.RunAsync("policy", "check", "--config", config);

        CliAssert.BadInput(run, "Model:Owner", "is empty");
    }
}
