namespace ChatOps.Host.Tests;

/// <summary>The real host process started with bad settings: one line per problem naming the setting and the fix, exit code 2, no stack trace.</summary>
public sealed class SettingsErrorTests
{
    public static TheoryData<string, string[], string[]> BadSettings() => new()
    {
        { "Teams__AppId=app-1", [], ["Teams:AppId is \"app-1\"; set it to the bot's Microsoft App ID", "Teams:AppPassword is missing"] },
        {
            string.Empty,
            ["--Teams:AppId", "5b4c2f7e-1d3a-4e8f-9a6b-0c1d2e3f4a5b", "--Teams:AppPassword", "secret-never-printed", "--Teams:Authority", "http://127.0.0.1:5999/tenant"],
            ["Teams:Authority must use https, loopback included"]
        },
        { string.Empty, ["--Inbox:LeaseSeconds", "two minutes"], ["Inbox:LeaseSeconds is \"two minutes\", which is not a whole number"] },
        { string.Empty, ["--Inbox:Workers", "maybe"], ["Inbox:Workers is \"maybe\", which is not true or false"] },
        { string.Empty, ["--Console:Enabled", "sometimes"], ["Console:Enabled is \"sometimes\", which is not true or false"] },
        { string.Empty, ["--Ledger:Provider", "oracle", "--Model:Provider", "gpt"], ["Ledger:Provider is \"oracle\"", "Model:Provider is \"gpt\""] },
        { string.Empty, ["--Policy:Path", "/nonexistent/policy.yaml"], ["Policy:Path is \"/nonexistent/policy.yaml\" but there is no such file"] },
        { string.Empty, ["--Urls", "ftp://127.0.0.1:3978"], ["Urls has \"ftp://127.0.0.1:3978\""] },
        { string.Empty, ["--Tickets:GitHub:Repository", "service", "--Tickets:Jira:Site", "jira/browse"], ["Tickets:GitHub:Repository is \"service\"; set it to owner/name", "Tickets:Jira:Site is \"jira/browse\""] },
        { string.Empty, ["--WriteBack:JournalRoot", " "], ["WriteBack:JournalRoot is empty"] },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task ABadSetting_StopsTheHost_WithOneLinePerProblem(string environment, string[] settings, string[] expected)
    {
        var folder = Directory.CreateTempSubdirectory("chatops-settings-").FullName;
        try
        {
            var variables = environment.Length == 0 ? null : new Dictionary<string, string> { [environment.Split('=')[0]] = environment.Split('=')[1] };
            string[] args = settings.Contains("--Urls") ? settings : ["--Urls", "http://127.0.0.1:0", .. settings];
            var (exitCode, output, error) = await HostProcess.RunToExitAsync(variables, [.. args, "--ConnectionStrings:Ledger", Path.Combine(folder, "ledger.db")]);

            var lines = (output + error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.Equal(2, exitCode);
            Assert.True(lines.Length == expected.Length, $"want {expected.Length} lines, got:\n{output}{error}");
            foreach (var want in expected)
            {
                Assert.Single(lines, l => l.Contains(want, StringComparison.Ordinal));
            }

            Assert.DoesNotContain(lines, l => l.StartsWith("at ", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal));
            Assert.DoesNotContain("secret-never-printed", output + error, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(folder, "ledger.db")), "a host with bad settings must not touch the ledger");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
