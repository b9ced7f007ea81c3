using System.Text.Json;
using ChatOps.Core.Checking;
using ChatOps.Core.Evidence;
using ChatOps.Core.Workflows;

namespace ChatOps.Core.Evaluation;

/// <summary>Reads evaluation case files (the spec's case-file format) with errors that name the file, the JSON path and the fix.</summary>
public static class EvalCaseReader
{
    /// <summary>Reads one case file, or every <c>*.json</c> file of a directory in ordinal name order.</summary>
    public static async Task<IReadOnlyList<EvalCase>> ReadAllAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (File.Exists(path))
        {
            return [await ReadFileAsync(path, cancellationToken)];
        }

        if (!Directory.Exists(path))
        {
            throw new EvidenceFormatException($"{path}: no such file or directory; pass a directory of *.json case files.");
        }

        var files = ListCaseFiles(path);
        if (files.Count == 0)
        {
            throw new EvidenceFormatException($"{path}: holds no *.json case files; add case files or pass another directory.");
        }

        var cases = new List<EvalCase>(files.Count);
        var originOfId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var evalCase = await ReadFileAsync(file, cancellationToken);
            if (!originOfId.TryAdd(evalCase.Id, file))
            {
                throw new EvidenceFormatException(
                    $"{file}: id \"{evalCase.Id}\" is already used by {originOfId[evalCase.Id]}; give every case a unique id.");
            }

            cases.Add(evalCase);
        }

        return cases;
    }

    /// <summary>Reads one case file; the path names the case in error messages.</summary>
    public static async Task<EvalCase> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string json;
        try
        {
            json = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new EvidenceFormatException($"{path}: cannot be read ({OneLine(ex.Message)}); check the path and its permissions.", ex);
        }

        return Parse(json, path) with { Origin = path };
    }

    /// <summary>Parses case JSON text; <paramref name="origin"/> names the input in error messages.</summary>
    public static EvalCase Parse(string json, string origin)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = EvidenceJsonReader.ParseDocument(json, origin);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Error(origin, "the top level", "is not a JSON object; write {\"id\", \"workflow\", \"evidence\", \"draft\", \"expected\"}");
        }

        var id = RequiredString(root, "id", origin, "", "give the case an id such as \"cust-017\"");
        var workflow = RequiredString(root, "workflow", origin, "", $"use one of: {string.Join(", ", WorkflowNames.All)}");
        if (!WorkflowNames.IsKnown(workflow))
        {
            throw Error(origin, "workflow", $"\"{workflow}\" is not a workflow; use one of: {string.Join(", ", WorkflowNames.All)}");
        }

        if (!root.TryGetProperty("evidence", out var evidenceElement))
        {
            throw Error(origin, "evidence", "is missing; write \"evidence\": {\"sources\": [ ... ]}");
        }

        var evidence = EvidenceJsonReader.Read(evidenceElement, origin, "evidence");
        var draft = RequiredString(root, "draft", origin, "", "write the draft's Markdown text as a string");
        var (verdict, findings) = ReadExpected(root, draft, origin);
        return new EvalCase(id, workflow, evidence, draft, verdict, findings);
    }

    private static List<string> ListCaseFiles(string directory)
    {
        try
        {
            return Directory.EnumerateFiles(directory, "*.json", SearchOption.TopDirectoryOnly)
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new EvidenceFormatException($"{directory}: cannot be listed ({OneLine(ex.Message)}); check the directory's permissions.", ex);
        }
    }

    private static (Verdict Verdict, IReadOnlyList<ExpectedFinding> Findings) ReadExpected(JsonElement root, string draft, string origin)
    {
        if (!root.TryGetProperty("expected", out var expected) || expected.ValueKind != JsonValueKind.Object)
        {
            throw Error(origin, "expected", "is missing or not an object; write \"expected\": {\"verdict\": \"accepted\", \"findings\": []}");
        }

        var verdictName = RequiredString(expected, "verdict", origin, "expected", "write \"accepted\" or \"rejected\"");
        var verdict = verdictName switch
        {
            "accepted" => Verdict.Accepted,
            "rejected" => Verdict.Rejected,
            _ => throw Error(origin, "expected.verdict", $"\"{verdictName}\" is not a verdict; write \"accepted\" or \"rejected\""),
        };

        if (!expected.TryGetProperty("findings", out var findings) || findings.ValueKind == JsonValueKind.Null)
        {
            return (verdict, []);
        }

        if (findings.ValueKind != JsonValueKind.Array)
        {
            throw Error(origin, "expected.findings", "is not an array; write [ {\"rule\": \"uncited-claim\", \"quote\": \"...\"} ]");
        }

        var list = new List<ExpectedFinding>();
        var index = 0;
        foreach (var element in findings.EnumerateArray())
        {
            list.Add(ReadExpectedFinding(element, draft, origin, $"expected.findings[{index}]"));
            index++;
        }

        return (verdict, list);
    }

    private static ExpectedFinding ReadExpectedFinding(JsonElement element, string draft, string origin, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error(origin, path, "is not an object; write {\"rule\": \"uncited-claim\", \"quote\": \"...\"}");
        }

        var rule = RequiredString(element, "rule", origin, path, $"use one of: {string.Join(", ", RuleIds.All)}");
        if (!RuleIds.All.Contains(rule, StringComparer.Ordinal))
        {
            throw Error(origin, $"{path}.rule", $"\"{rule}\" is not a rule; use one of: {string.Join(", ", RuleIds.All)}");
        }

        var quote = RequiredString(element, "quote", origin, path, "quote a verbatim substring of the offending statement");
        if (!draft.Contains(quote, StringComparison.Ordinal))
        {
            throw Error(origin, $"{path}.quote", $"\"{quote}\" does not occur in the draft; quote the offending statement verbatim");
        }

        return new ExpectedFinding(rule, quote);
    }

    private static string RequiredString(JsonElement element, string name, string origin, string path, string fix)
    {
        var here = path.Length == 0 ? name : $"{path}.{name}";
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw Error(origin, here, $"is missing; {fix}");
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw Error(origin, here, $"is a {value.ValueKind.ToString().ToLowerInvariant()}, not a string; write it in quotes");
        }

        var text = value.GetString()!;
        if (text.Length == 0)
        {
            throw Error(origin, here, $"is empty; {fix}");
        }

        return text;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static EvidenceFormatException Error(string origin, string path, string problem) =>
        new($"{origin}: {path} {problem}.");
}
