using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace ChatOps.Cli.Input;

/// <summary>
/// The host's settings as the CLI reads them: an <c>appsettings.json</c>-shaped file (when given) with environment
/// variables over it (<c>Drafting__Endpoints__gpt__Model</c>, <c>Model__Provider</c>), exactly as the host layers them.
/// </summary>
internal static class SettingsFile
{
    public static IConfiguration Load(string? path)
    {
        var builder = new ConfigurationBuilder();
        if (path is not null)
        {
            var full = Path.GetFullPath(path);
            if (!File.Exists(full))
            {
                throw new CliInputException(Directory.Exists(full)
                    ? $"{path}: is a directory, not a settings file; pass an appsettings.json-shaped file."
                    : $"{path}: file not found; check the path given to --config.");
            }

            builder.AddJsonFile(full, optional: false, reloadOnChange: false);
        }

        builder.AddEnvironmentVariables();
        try
        {
            return builder.Build();
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or JsonException or IOException)
        {
            var reason = (ex.InnerException ?? ex).Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0];
            throw new CliInputException($"{path}: not valid settings JSON ({reason}); fix the file.", ex);
        }
    }
}
