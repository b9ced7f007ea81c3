using System.CommandLine;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatOps.Cli.Input;

namespace ChatOps.Cli.Commands;

/// <summary><c>chatops teams-package</c>: writes the installable Teams app zip (manifest.json + icons) for a bot's app id.</summary>
internal static partial class TeamsPackageCommand
{
    private static readonly string[] PackageFiles = ["manifest.json", "color.png", "outline.png"];
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var appId = new Option<string>("--app-id") { Description = "The bot's Microsoft App ID (a GUID), as in Teams:AppId.", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the zip, e.g. app.zip.", Required = true };
        var manifestDir = new Option<string>("--manifest-dir")
        {
            Description = "Folder holding manifest.json, color.png and outline.png.",
            DefaultValueFactory = _ => Path.Combine("manifests", "teams"),
        };
        var domains = new Option<string[]>("--domain")
        {
            Description = "A domain Teams may open from the app (repeatable), e.g. chatops.example.com.",
            AllowMultipleArgumentsPerToken = false,
        };
        var version = new Option<string?>("--version") { Description = "App version (semver); default: the manifest's." };

        var command = new Command("teams-package", "Write the Microsoft Teams app package (manifest and icons) for a bot.")
        {
            appId, output, manifestDir, domains, version,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            context,
            parseResult.GetValue(appId)!,
            parseResult.GetValue(output)!,
            parseResult.GetValue(manifestDir)!,
            parseResult.GetValue(domains) ?? [],
            parseResult.GetValue(version),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliContext context, string appId, string output, string manifestDir, string[] domains, string? version,
        CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(appId, "D", out var id))
        {
            throw new CliInputException($"--app-id \"{appId}\" is not a GUID; give the bot's Microsoft App ID, e.g. 5b4c2f7e-1d3a-4e8f-9a6b-0c1d2e3f4a5b.");
        }

        foreach (var domain in domains.Where(d => !DomainPattern().IsMatch(d)))
        {
            throw new CliInputException($"--domain \"{domain}\" is not a domain name; give a host such as chatops.example.com (no scheme or path).");
        }

        if (version is not null && !SemVerPattern().IsMatch(version))
        {
            throw new CliInputException($"--version \"{version}\" is not a semantic version such as 1.2.0.");
        }

        var missing = PackageFiles.Where(f => !File.Exists(Path.Combine(manifestDir, f))).ToList();
        if (missing.Count > 0)
        {
            throw new CliInputException(
                $"{Path.Combine(manifestDir, missing[0])} not found; run from the repository root or pass --manifest-dir.");
        }

        var manifest = await ReadManifestAsync(Path.Combine(manifestDir, "manifest.json"), cancellationToken);
        var idText = id.ToString("D");
        manifest["id"] = idText;
        manifest["bots"]![0]!["botId"] = idText;
        if (version is not null)
        {
            manifest["version"] = version;
        }

        var valid = manifest["validDomains"]?.AsArray() ?? [];
        foreach (var domain in domains.Where(d => !valid.Any(v => string.Equals(v?.GetValue<string>(), d, StringComparison.OrdinalIgnoreCase))))
        {
            valid.Add(domain);
        }

        manifest["validDomains"] = valid.DeepClone();
        await WriteZipAsync(output, manifest, manifestDir, cancellationToken);
        await context.Console.Out.WriteLineAsync($"wrote {output} (Teams app {idText}, manifest {manifest["manifestVersion"]})".AsMemory(), cancellationToken);
        return ExitCodes.Success;
    }

    private static async Task<JsonObject> ReadManifestAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var node = JsonNode.Parse(await File.ReadAllTextAsync(path, cancellationToken));
            if (node is JsonObject manifest && manifest["bots"] is JsonArray { Count: > 0 } && manifest["bots"]![0] is JsonObject)
            {
                return manifest;
            }
        }
        catch (JsonException ex)
        {
            throw new CliInputException($"{path} is not valid JSON: {ex.Message}", ex);
        }

        throw new CliInputException($"{path} is not a Teams bot manifest: it needs a bots array with one bot.");
    }

    private static async Task WriteZipAsync(string output, JsonObject manifest, string manifestDir, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(output))!;
        Directory.CreateDirectory(directory);
        await using var file = File.Create(output);
        await using var zip = new ZipArchive(file, ZipArchiveMode.Create);

        // Teams wants the three files at the archive root.
        var entry = zip.CreateEntry("manifest.json", CompressionLevel.Optimal);
        await using (var stream = await entry.OpenAsync(cancellationToken))
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(manifest.ToJsonString(Indented)), cancellationToken);
        }

        foreach (var icon in PackageFiles.Skip(1))
        {
            await zip.CreateEntryFromFileAsync(Path.Combine(manifestDir, icon), icon, CompressionLevel.Optimal, cancellationToken);
        }
    }

    [GeneratedRegex(@"^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DomainPattern();

    [GeneratedRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SemVerPattern();
}
