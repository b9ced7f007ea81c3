namespace ChatOps.Host.Tests;

/// <summary>A policy giving a role to a kind of group this host cannot resolve is refused at start-up, with its line, never silently ignored.</summary>
public sealed class PolicyGroupStartupTests
{
    [Fact]
    public async Task ARoleGivenToAnEntraGroup_TheHostProcessRefusesToStart_NamingThePolicyLineAndTheFix()
    {
        var folder = Directory.CreateTempSubdirectory("chatops-groups-").FullName;
        try
        {
            var policy = Path.Combine(folder, "policy.yaml");
            var shipped = ChatOps.Policy.Yaml.PolicyYamlLoader.DefaultText();
            const string role = "  access-admin:\n    people: [alice, dave]\n";
            Assert.Contains(role, shipped, StringComparison.Ordinal);
            var withEntraGroup = shipped.Replace(role, role + "    groups: [teams:8d3e0f2a-7c4b-4f1e-9a6d-5b2c1e0f9a10]\n", StringComparison.Ordinal);
            await File.WriteAllTextAsync(policy, withEntraGroup);
            var line = withEntraGroup.Split('\n').ToList().FindIndex(l => l.Contains("teams:8d3e0f2a", StringComparison.Ordinal)) + 1;

            var (exitCode, output, error) = await HostProcess.RunToExitAsync(null,
                ["--Urls", "http://127.0.0.1:0", "--Policy:Path", policy, "--ConnectionStrings:Ledger", Path.Combine(folder, "ledger.db")]);

            Assert.Equal(2, exitCode);
            var said = Assert.Single((output + error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Assert.Contains($"policy.yaml:{line}", said, StringComparison.Ordinal);
            Assert.Contains("cannot resolve 'teams:8d3e0f2a-7c4b-4f1e-9a6d-5b2c1e0f9a10'", said, StringComparison.Ordinal);
            Assert.Contains("Name the people in the role instead", said, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(folder, "ledger.db")), "a host refusing its policy must not touch the ledger");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
