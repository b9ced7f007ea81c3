using ChatOps.Core.Checking;
using ChatOps.Core.Evaluation;
using ChatOps.Core.Evidence;

namespace ChatOps.Core.Tests.Evaluation;

public sealed class EvalCaseReaderTests : IDisposable
{
    private const string ValidCase = """
        {
          "id": "cust-017",
          "workflow": "customer-update",
          "evidence": { "sources": [ { "id": "S1", "kind": "ticket", "title": "INC-1", "text": "Errors." } ] },
          "draft": "The API returned errors [S1]. The database failed.",
          "expected": {
            "verdict": "rejected",
            "findings": [ { "rule": "uncited-claim", "quote": "database failed" } ]
          }
        }
        """;

    private readonly string directory = Directory.CreateTempSubdirectory("chatops-eval-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Parse_ValidCase_ReadsEveryField()
    {
        var evalCase = EvalCaseReader.Parse(ValidCase, "case.json");

        Assert.Equal("cust-017", evalCase.Id);
        Assert.Equal("customer-update", evalCase.Workflow);
        Assert.Equal("S1", Assert.Single(evalCase.Evidence.Sources).Id);
        Assert.Equal("The API returned errors [S1]. The database failed.", evalCase.Draft);
        Assert.Equal(Verdict.Rejected, evalCase.ExpectedVerdict);
        Assert.Equal(new ExpectedFinding("uncited-claim", "database failed"), Assert.Single(evalCase.ExpectedFindings));
    }

    [Theory]
    [InlineData("\"id\": \"cust-017\",", "", "case.json: id is missing")]
    [InlineData("\"customer-update\"", "\"blog\"", "case.json: workflow \"blog\" is not a workflow")]
    [InlineData("\"rejected\"", "\"maybe\"", "case.json: expected.verdict \"maybe\" is not a verdict")]
    [InlineData("\"uncited-claim\"", "\"typo-rule\"", "case.json: expected.findings[0].rule \"typo-rule\" is not a rule")]
    [InlineData("\"database failed\"", "\"not in the draft\"", "case.json: expected.findings[0].quote \"not in the draft\" does not occur in the draft")]
    [InlineData("\"id\": \"S1\", ", "", "case.json: evidence.sources[0].id is missing")]
    [InlineData("\"draft\": \"The API", "\"draft\": 3, \"x\": \"The API", "case.json: draft is a number, not a string")]
    public void Parse_BadField_NamesFileAndJsonPath(string replace, string with, string message)
    {
        var json = ValidCase.Replace(replace, with, StringComparison.Ordinal);

        var error = Assert.Throws<EvidenceFormatException>(() => EvalCaseReader.Parse(json, "case.json"));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidJson_NamesLineAndColumn()
    {
        var error = Assert.Throws<EvidenceFormatException>(() => EvalCaseReader.Parse("{\n  \"id\": ,\n}", "case.json"));

        Assert.StartsWith("case.json:2:9: invalid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAll_Directory_ReadsJsonFilesInNameOrderAndRecordsOrigin()
    {
        Write("b.json", "b");
        Write("a.json", "a");
        Write("c.json", "c");
        File.WriteAllText(Path.Combine(directory, "notes.md"), "not a case");

        var cases = await EvalCaseReader.ReadAllAsync(directory);

        Assert.Equal(["a", "b", "c"], cases.Select(c => c.Id));
        Assert.Equal(Path.Combine(directory, "a.json"), cases[0].Origin);
    }

    [Fact]
    public async Task ReadAll_DuplicateCaseIds_NamesBothFiles()
    {
        Write("a.json", "same");
        Write("b.json", "same");

        var error = await Assert.ThrowsAsync<EvidenceFormatException>(() => EvalCaseReader.ReadAllAsync(directory));

        Assert.Contains("b.json: id \"same\" is already used by", error.Message, StringComparison.Ordinal);
        Assert.Contains("a.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAll_EmptyDirectory_SaysItHoldsNoCaseFiles()
    {
        var error = await Assert.ThrowsAsync<EvidenceFormatException>(() => EvalCaseReader.ReadAllAsync(directory));

        Assert.Contains("holds no *.json case files", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAll_MissingPath_SaysItDoesNotExist()
    {
        var missing = Path.Combine(directory, "nope");

        var error = await Assert.ThrowsAsync<EvidenceFormatException>(() => EvalCaseReader.ReadAllAsync(missing));

        Assert.StartsWith($"{missing}: no such file or directory", error.Message, StringComparison.Ordinal);
    }

    private void Write(string name, string id) =>
        File.WriteAllText(Path.Combine(directory, name), ValidCase.Replace("cust-017", id, StringComparison.Ordinal));
}
