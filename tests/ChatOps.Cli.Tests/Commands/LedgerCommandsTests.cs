using System.Text.Json.Nodes;
using ChatOps.Cli.Tests.TestSupport;
using ChatOps.Core.Approvals;
using ChatOps.Core.Checking;
using ChatOps.Core.Policy;
using ChatOps.Ledger.Sqlite;
using ChatOps.Policy.Yaml;
using Microsoft.Data.Sqlite;

namespace ChatOps.Cli.Tests.Commands;

public sealed class LedgerCommandsTests : IDisposable
{
    private readonly CliSandbox sandbox = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        sandbox.Dispose();
    }

    [Fact]
    public async Task LedgerVerify_IntactLedger_ExitsZeroWithTheCount()
    {
        var ledger = await ApprovedLedgerAsync();

        var run = await InProcessCli.RunAsync("ledger", "verify", "--ledger", ledger);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("ledger ok: 4 records verified", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LedgerVerify_EditedRecord_ExitsOneNamingIt()
    {
        var ledger = await ApprovedLedgerAsync();
        await using (var db = new SqliteConnection($"Data Source={ledger};Pooling=False"))
        {
            await db.OpenAsync();
            await using var edit = db.CreateCommand();
            edit.CommandText = "UPDATE ledger_records SET payload = REPLACE(payload, 'bob', 'mallory') WHERE seq = 4";
            await edit.ExecuteNonQueryAsync();
        }

        var run = await InProcessCli.RunAsync("ledger", "verify", "--ledger", ledger);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Record #4 was edited", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LedgerExport_Jsonl_WritesOneRecordPerLineWithHashes()
    {
        var ledger = await ApprovedLedgerAsync();

        var run = await InProcessCli.RunAsync("ledger", "export", "--format", "jsonl", "--ledger", ledger);

        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToArray();
        Assert.Equal(0, run.ExitCode);
        Assert.Equal([1L, 2L, 3L, 4L], lines.Select(l => l["seq"]!.GetValue<long>()));
        Assert.Equal(lines[0]["hash"]!.GetValue<string>(), lines[1]["prev_hash"]!.GetValue<string>());
        Assert.Equal("bob", lines[3]["payload"]!["by"]!.GetValue<string>());
    }

    [Fact]
    public async Task LedgerExport_UnknownFormat_IsBadInput()
    {
        var ledger = await ApprovedLedgerAsync();

        var run = await InProcessCli.RunAsync("ledger", "export", "--format", "csv", "--ledger", ledger);

        CliAssert.BadInput(run, "--format \"csv\"", "jsonl");
    }

    [Theory]
    [InlineData("--draft", "d1")]
    [InlineData("--thread", "slack/C1/1700000000.000100")]
    [InlineData("--ticket", "SUP-7")]
    public async Task WhoApproved_ByDraftThreadOrTicket_NamesTheApproverAndRole(string option, string value)
    {
        var ledger = await ApprovedLedgerAsync();

        var run = await InProcessCli.RunAsync("who-approved", option, value, "--ledger", ledger);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Bob Brennan <bob> (comms-lead) approved draft d1 [customer-update]", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoApproved_WithTheHostsPolicy_NamesTheApproverAsThatPolicyDoes()
    {
        var ledger = await ApprovedLedgerAsync();
        var shipped = PolicyYamlLoader.DefaultText();
        var policy = sandbox.Write("renamed.policy.yaml", shipped.Replace("display_name: Bob Brennan", "display_name: Robert Brennan", StringComparison.Ordinal));

        var text = await InProcessCli.RunAsync("who-approved", "--draft", "d1", "--policy", policy, "--ledger", ledger);
        var json = await InProcessCli.RunAsync("who-approved", "--draft", "d1", "--policy", policy, "--ledger", ledger, "--format", "json");

        Assert.StartsWith("Robert Brennan <bob> (comms-lead) approved draft d1", text.Stdout, StringComparison.Ordinal);
        var approval = System.Text.Json.Nodes.JsonNode.Parse(json.Stdout)!.AsArray().Single()!;
        Assert.Equal("bob", approval["approver"]!.GetValue<string>());
        Assert.Equal("Robert Brennan", approval["approver_name"]!.GetValue<string>());
    }

    [Fact]
    public async Task WhoApproved_NothingRecorded_ExitsOne()
    {
        var ledger = await ApprovedLedgerAsync();

        var run = await InProcessCli.RunAsync("who-approved", "--ticket", "SUP-999", "--ledger", ledger, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("[]", run.Stdout.Trim());
    }

    [Fact]
    public async Task WhoApproved_TwoSelectors_IsBadInput()
    {
        var ledger = await ApprovedLedgerAsync();

        var run = await InProcessCli.RunAsync("who-approved", "--ticket", "SUP-7", "--draft", "d1", "--ledger", ledger);

        CliAssert.BadInput(run, "--thread", "exactly one");
    }

    [Fact]
    public async Task LedgerVerify_MissingFile_IsBadInput()
    {
        var run = await InProcessCli.RunAsync("ledger", "verify", "--ledger", Path.Combine(sandbox.Directory, "none.db"));

        CliAssert.BadInput(run, "--ledger", "no ledger file");
    }

    [Fact]
    public async Task PolicyCheck_NoFile_ValidatesTheShippedDefault()
    {
        var run = await InProcessCli.RunAsync("policy", "check");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("policy ok: 7 workflows", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PolicyCheck_BrokenFile_ExitsOneWithLineAndFix()
    {
        var file = sandbox.Write("policy.yaml", "version: 1\nworkflows:\n  postmortem:\n    tier: high\n    approvers: [x]\n    models: [offline]\n");

        var run = await InProcessCli.RunAsync("policy", "check", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{file}:4:11: 'workflows.postmortem.tier' must be a whole number", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Fix: Write tier: 0, 1, 2, 3 or 4.", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_Text_SaysTheFiguresOfTheLedger()
    {
        var ledger = await ApprovedLedgerAsync();

        var run = await InProcessCli.RunAsync("stats", "--since", "7d", "--ledger", ledger);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("drafts: 1; first-pass acceptance 100% (1 of 1)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("decisions: 1 approved, 0 rejected, 0 changes requested", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("eval coverage: 0 of 7 workflows", run.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"review latency: median \d+ (ms|s), p90 \d+ (ms|s) \(1 reviews\)", run.Stdout);
        Assert.Contains("customer-update", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_Json_HasTheScorecardApisShape()
    {
        var ledger = await ApprovedLedgerAsync();

        var run = await InProcessCli.RunAsync("stats", "--format", "json", "--bucket", "week", "--ledger", ledger);

        var report = JsonNode.Parse(run.Stdout)!;
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("week", report["bucket"]!.GetValue<string>());
        Assert.Equal(1, report["totals"]!["drafts"]!.GetValue<long>());
        Assert.Equal(1, report["totals"]!["approved"]!.GetValue<long>());
        Assert.Equal("customer-update", report["workflows"]![0]!["workflow"]!.GetValue<string>());
        Assert.Single(report["series"]!.AsArray());
        Assert.Equal(7, report["evalCoverage"]!["workflows"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("--since", "7 days", "7d, 4w")]
    [InlineData("--bucket", "month", "day or week")]
    [InlineData("--workflow", "payroll", "customer-update")]
    public async Task Stats_BadOption_IsBadInputNamingTheFix(string option, string value, string fix)
    {
        var ledger = await ApprovedLedgerAsync();

        var run = await InProcessCli.RunAsync("stats", option, value, "--ledger", ledger);

        CliAssert.BadInput(run, option, fix);
    }

    private async Task<string> ApprovedLedgerAsync()
    {
        var path = Path.Combine(sandbox.Directory, "ledger.db");
        var policy = PolicyYamlLoader.LoadDefault();
        var store = await SqliteLedgerStore.OpenAsync(path, TimeProvider.System);
        var service = new ApprovalService(store, policy, TimeProvider.System);
        Person Who(string name) => policy.Resolve(new ChannelIdentity(ChannelIdentity.Console, name));
        var created = await service.CreateDraftAsync(new NewDraft
        {
            DraftId = "d1", Workflow = "customer-update", Drafter = Who("alice"), Thread = "slack/C1/1700000000.000100", Ticket = "SUP-7",
            Request = "Update the customer.", PromptId = "customer-update", PromptVersionHash = new string('a', 64), ModelId = "offline",
            Evidence = [new EvidenceReference("S1", "ticket", new string('b', 64), null)], Output = "Fixed at 10:42 UTC [S1].",
        });
        var version = created.State!.Version;
        await service.RecordCheckAsync("d1", version, new CheckResult(Verdict.Accepted, [], []));
        await service.SubmitAsync("d1", Who("alice"));
        await service.DecideAsync(new DecisionRequest("d1", version, Who("bob"), DecisionVerdict.Approve));
        return path;
    }
}
