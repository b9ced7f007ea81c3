using ChatOps.Core.Policy;
using ChatOps.Core.Workflows;

namespace ChatOps.Policy.Yaml.Tests;

public sealed class PolicyYamlLoaderTests
{
    private const string Minimal = """
        version: 1
        people:
          alice: { slack: U0ALICE01 }
          bob: { slack: U0BOB0002 }
        roles:
          lead:
            people: [alice, bob]
        workflows:
          postmortem:
            tier: 0
            approvers: [lead]
            models: [offline]
        """;

    [Fact]
    public void LoadDefault_ShippedPolicy_DefinesAllSevenWorkflowsWithSafeDefaults()
    {
        var policy = PolicyYamlLoader.LoadDefault();

        Assert.Equal(WorkflowNames.All.Order(), policy.Workflows.Keys.Order());
        Assert.Equal(RiskTier.AutonomousAction, policy.Workflows["access-change"].Tier);
        Assert.Equal(2, policy.Workflows["access-change"].ApprovalsRequired);
        Assert.Contains("ticket", policy.Workflows["customer-update"].RequiredEvidence);
        Assert.False(policy.Workflows["customer-update"].DrafterMayApprove);
        Assert.False(policy.Workflows["customer-update"].OverrideFindings);
        Assert.NotNull(policy.Workflows["security-exception"].Validity);
        Assert.All(policy.Workflows.Values.Where(w => w.OverrideFindings), w => Assert.True(w.Tier <= RiskTier.CustomerAssist));
    }

    [Fact]
    public void Parse_MinimalWorkflow_FillsDefaults()
    {
        var workflow = PolicyYamlLoader.Parse(Minimal, "p.yaml").Workflows["postmortem"];

        Assert.True(workflow.Enabled);
        Assert.Equal(1, workflow.ApprovalsRequired);
        Assert.False(workflow.DrafterMayApprove);
        Assert.False(workflow.OverrideFindings);
        Assert.Equal(365, workflow.RetentionDays);
        Assert.Equal(WriteBackTarget.None, workflow.WriteBack.Kind);
        Assert.Null(workflow.Validity);
    }

    [Fact]
    public void Parse_TierFour_DefaultsToTwoPersonRule()
    {
        var yaml = Minimal.Replace("postmortem:\n    tier: 0", "access-change:\n    tier: 4", StringComparison.Ordinal);

        Assert.Equal(2, PolicyYamlLoader.Parse(yaml, "p.yaml").Workflows["access-change"].ApprovalsRequired);
    }

    [Fact]
    public void Parse_TierWrittenAsWord_NamesLineAndFix()
    {
        var error = Single(Minimal.Replace("tier: 0", "tier: high", StringComparison.Ordinal));

        Assert.Equal(10, error.Line);
        Assert.Contains("whole number", error.Message, StringComparison.Ordinal);
        Assert.Contains("tier: 0, 1, 2, 3 or 4", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MisspeltKey_SuggestsTheNearestKeyOnItsLine()
    {
        var error = Single(Minimal.Replace("    approvers: [lead]", "    approvers: [lead]\n    retention_dayz: 30", StringComparison.Ordinal));

        Assert.Equal(12, error.Line);
        Assert.Contains("Did you mean 'retention_days'", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OverrideAtTierThree_IsRefusedOnItsLine()
    {
        var yaml = Minimal.Replace("tier: 0", "tier: 3\n    override_findings: true", StringComparison.Ordinal);

        var error = Single(yaml);

        Assert.Equal(11, error.Line);
        Assert.Contains("override_findings: false", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UndefinedApproverRole_NamesTheRoleAndLine()
    {
        var error = Single(Minimal.Replace("approvers: [lead]", "approvers: [leed]", StringComparison.Ordinal));

        Assert.Equal(11, error.Line);
        Assert.Contains("'leed' is not defined", error.Message, StringComparison.Ordinal);
        Assert.Contains("lead", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TwoPersonRuleWithOnePersonInRole_IsRefused()
    {
        var yaml = Minimal.Replace("people: [alice, bob]", "people: [alice]", StringComparison.Ordinal)
            .Replace("tier: 0", "tier: 0\n    approvals: 2", StringComparison.Ordinal);

        var error = Single(yaml);

        Assert.Contains("2 distinct approvers", error.Message, StringComparison.Ordinal);
        Assert.Equal(11, error.Line);
    }

    [Fact]
    public void Parse_WebhookWithoutSecretName_AsksForTheVariableName()
    {
        var yaml = Minimal.Replace("models: [offline]", "models: [offline]\n    write_back: { target: webhook, url: https://x.example/hook }", StringComparison.Ordinal);

        var error = Single(yaml);

        Assert.Contains("secret_env", error.Message, StringComparison.Ordinal);
        Assert.Equal(13, error.Line);
    }

    [Fact]
    public void Parse_BrokenYaml_ReportsTheLine()
    {
        var error = Single("version: 1\nworkflows:\n  postmortem:\n    tier: [0\n");

        Assert.True(error.Line >= 4);
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEveryOneInLineOrder()
    {
        var yaml = Minimal.Replace("tier: 0", "tier: 9", StringComparison.Ordinal).Replace("slack: U0BOB0002", "slack: bob", StringComparison.Ordinal);

        var errors = Assert.Throws<PolicyLoadException>(() => PolicyYamlLoader.Parse(yaml, "p.yaml")).Errors;

        Assert.Equal([4, 10], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.StartsWith("p.yaml:", e.ToString(), StringComparison.Ordinal));
    }

    private static PolicyError Single(string yaml) =>
        Assert.Single(Assert.Throws<PolicyLoadException>(() => PolicyYamlLoader.Parse(yaml, "p.yaml")).Errors);
}
