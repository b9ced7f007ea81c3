using ChatOps.Teams.Tests.TestSupport;
using NJsonSchema;

namespace ChatOps.Teams.Tests.Manifest;

/// <summary>manifests/teams is a valid Teams app: the manifest by the official 1.19 schema, the icons by Teams' rules.</summary>
public sealed class TeamsManifestTests
{
    [Fact]
    public async Task Manifest_ValidatesAgainstTheTeams119Schema()
    {
        // Arrange
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "schemas", "teams-manifest-1.19.schema.json"));
        var manifest = await File.ReadAllTextAsync(RepoPaths.Of("manifests", "teams", "manifest.json"));

        // Act
        var errors = schema.Validate(manifest);

        // Assert
        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }

    [Fact]
    public async Task Manifest_Is119WithABotInEveryScope()
    {
        // NJsonSchema does not enforce the schema's draft-06 "const" on manifestVersion, so it is checked here.
        using var manifest = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(RepoPaths.Of("manifests", "teams", "manifest.json")));
        var root = manifest.RootElement;
        Assert.Equal("1.19", root.GetProperty("manifestVersion").GetString());
        Assert.EndsWith("/v1.19/MicrosoftTeams.schema.json", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        var bot = Assert.Single(root.GetProperty("bots").EnumerateArray());
        Assert.Equal(["groupChat", "personal", "team"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).Order(StringComparer.Ordinal));
        Assert.NotEmpty(bot.GetProperty("commandLists")[0].GetProperty("commands").EnumerateArray());
    }

    [Fact]
    public async Task Schema_ManifestWithAnUnknownScope_IsRejected()
    {
        // Arrange: the check must be able to fail.
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "schemas", "teams-manifest-1.19.schema.json"));
        var manifest = (await File.ReadAllTextAsync(RepoPaths.Of("manifests", "teams", "manifest.json")))
            .Replace("\"groupChat\"]", "\"everywhere\"]", StringComparison.Ordinal);

        // Act
        var errors = schema.Validate(manifest);

        // Assert
        Assert.NotEmpty(errors);
    }

    [Theory]
    [InlineData("color.png", 192, false)]
    [InlineData("outline.png", 32, true)]
    public void Icon_HasTheSizeAndTransparencyTeamsRequires(string file, int size, bool outline)
    {
        // Act
        var image = PngReader.Read(RepoPaths.Of("manifests", "teams", file));

        // Assert
        Assert.Equal((size, size), (image.Width, image.Height));
        if (outline)
        {
            // Outline icons are white on transparent: every pixel is either fully transparent or white.
            Assert.Contains(image.Pixels, p => p.A == 0);
            Assert.All(image.Pixels.Where(p => p.A != 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        }
        else
        {
            Assert.All(image.Pixels, p => Assert.Equal(255, p.A));
        }
    }
}
