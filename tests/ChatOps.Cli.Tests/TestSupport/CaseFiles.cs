using System.Text.Json;

namespace ChatOps.Cli.Tests.TestSupport;

/// <summary>Writes eval case files in the spec's format into a sandbox.</summary>
internal static class CaseFiles
{
    public static string Write(
        CliSandbox sandbox, string fileName, string id, string draft, string verdict, params (string Rule, string Quote)[] findings)
    {
        var json = JsonSerializer.Serialize(new
        {
            id,
            workflow = "incident-internal",
            evidence = JsonDocument.Parse(CliSandbox.EvidenceJson).RootElement,
            draft,
            expected = new
            {
                verdict,
                findings = findings.Select(f => new { rule = f.Rule, quote = f.Quote }).ToArray(),
            },
        });
        return sandbox.Write(fileName, json);
    }

    /// <summary>Three cases the real checker gets right: two accepted drafts and one uncited timeline claim.</summary>
    public static string WriteAgreedSet(CliSandbox sandbox, string directory = "set")
    {
        Write(sandbox, $"{directory}/a-accepted.json", "a", CliSandbox.AcceptedDraft, "accepted");
        Write(sandbox, $"{directory}/b-accepted.json", "b", "The API returned errors for some customers [S1].\n", "accepted");
        Write(sandbox, $"{directory}/c-rejected.json", "c", CliSandbox.RejectedDraft, "rejected",
            ("uncited-claim", "The database failed at 14:02 UTC."));
        return Path.Combine(sandbox.Directory, directory);
    }
}
