namespace ChatOps.Teams.Tests.TestSupport;

/// <summary>Finds files of the repository (the adaptive peer, manifests) from the test's output directory.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>Where a test keeps artifacts (screenshots) for people to look at: TestResults under the output dir.</summary>
    public static string Artifacts(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestResults", name);
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatOps.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No ChatOps.sln above {AppContext.BaseDirectory}.");
    }
}
