using ChatOps.Core.Evidence;

namespace ChatOps.Drafting.Tests.Support;

/// <summary>The evidence bundles of the shared dev set and of our own set, found by walking up from the test assembly.</summary>
internal static class EvalCases
{
    /// <summary>The repository root: the first ancestor of the test assembly that holds ChatOps.sln.</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatOps.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No ChatOps.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>The shared dev set labelled under spec v2 (required) beside the repository: the v1 bundles and the support cases.</summary>
    public static IReadOnlyList<EvalCase> Dev() => Load(Path.Combine(RepoRoot(), "..", "shared", "evalsets", "dev-v2"));

    /// <summary>Our own set, when it exists.</summary>
    public static IReadOnlyList<EvalCase> Own()
    {
        var own = Path.Combine(RepoRoot(), "tests", "evalsets", "own");
        return Directory.Exists(own) ? Load(own) : [];
    }

    private static EvalCase[] Load(string? directory)
    {
        if (directory is null)
        {
            return [];
        }

        return Directory.GetFiles(directory, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(path =>
        {
            using var document = EvidenceJsonReader.ParseDocument(File.ReadAllText(path), path);
            var root = document.RootElement;
            var evidence = EvidenceJsonReader.Read(root.GetProperty("evidence"), path, "evidence");
            return new EvalCase(root.GetProperty("id").GetString()!, root.GetProperty("workflow").GetString()!, evidence);
        }).ToArray();
    }
}

/// <summary>One evidence bundle of an evaluation set.</summary>
internal sealed record EvalCase(string Id, string Workflow, EvidenceSet Evidence)
{
    public override string ToString() => Id;
}
