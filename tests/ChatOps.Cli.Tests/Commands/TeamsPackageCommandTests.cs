using System.IO.Compression;
using System.Text.Json;
using ChatOps.Cli.Tests.TestSupport;

namespace ChatOps.Cli.Tests.Commands;

public sealed class TeamsPackageCommandTests : IDisposable
{
    private const string AppId = "5b4c2f7e-1d3a-4e8f-9a6b-0c1d2e3f4a5b";
    private readonly CliSandbox sandbox = new();

    public void Dispose() => sandbox.Dispose();

    [Fact]
    public async Task TeamsPackage_ValidAppId_WritesZipWithManifestAndIconsAtTheRoot()
    {
        // Arrange
        var output = Path.Combine(sandbox.Directory, "out", "app.zip");

        // Act
        var run = await InProcessCli.RunAsync(
            "teams-package", "--app-id", AppId, "--out", output, "--manifest-dir", ManifestDir(), "--domain", "chatops.example.com");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        using var zip = ZipFile.OpenRead(output);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        using var manifest = await JsonDocument.ParseAsync(zip.GetEntry("manifest.json")!.Open());
        var root = manifest.RootElement;
        Assert.Equal(AppId, root.GetProperty("id").GetString());
        Assert.Equal(AppId, root.GetProperty("bots")[0].GetProperty("botId").GetString());
        Assert.Equal("1.19", root.GetProperty("manifestVersion").GetString());
        Assert.Contains("chatops.example.com", root.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public async Task TeamsPackage_AppIdNotAGuid_ExitsTwoAndNamesTheOption()
    {
        // Act
        var run = await InProcessCli.RunAsync(
            "teams-package", "--app-id", "my-bot", "--out", Path.Combine(sandbox.Directory, "app.zip"), "--manifest-dir", ManifestDir());

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--app-id \"my-bot\" is not a GUID", Assert.Single(run.StderrLines), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(sandbox.Directory, "app.zip")));
    }

    [Fact]
    public async Task TeamsPackage_NoManifestFolder_ExitsTwoAndSaysWhereItLooked()
    {
        // Act
        var run = await InProcessCli.RunAsync(
            "teams-package", "--app-id", AppId, "--out", Path.Combine(sandbox.Directory, "app.zip"), "--manifest-dir", sandbox.Directory);

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("manifest.json not found", Assert.Single(run.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamsPackage_DomainWithScheme_ExitsTwo()
    {
        // Act
        var run = await InProcessCli.RunAsync(
            "teams-package", "--app-id", AppId, "--out", Path.Combine(sandbox.Directory, "app.zip"), "--manifest-dir", ManifestDir(),
            "--domain", "https://chatops.example.com");

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--domain", Assert.Single(run.StderrLines), StringComparison.Ordinal);
    }

    private static string ManifestDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "manifests", "teams");
            if (File.Exists(Path.Combine(candidate, "manifest.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("manifests/teams not found above the test output.");
    }
}
