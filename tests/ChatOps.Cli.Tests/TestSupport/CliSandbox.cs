namespace ChatOps.Cli.Tests.TestSupport;

/// <summary>A temporary directory of input files, deleted when the test ends.</summary>
internal sealed class CliSandbox : IDisposable
{
    public const string EvidenceJson =
        """{"sources":[{"id":"S1","kind":"ticket","title":"INC-1","text":"The API returned errors for some customers."}]}""";

    public const string AcceptedDraft = "The API returned errors [S1].\n";

    public const string RejectedDraft = "The database failed at 14:02 UTC.\n";

    public CliSandbox()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("chatops-cli-tests-").FullName;
    }

    public string Directory { get; }

    public string Write(string name, string content)
    {
        var path = Path.Combine(Directory, name);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
