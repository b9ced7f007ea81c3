using ChatOps.Teams.Cards;
using ChatOps.Teams.Tests.TestSupport;
using NJsonSchema;

namespace ChatOps.Teams.Tests.Cards;

/// <summary>Every card shape the renderer produces is valid Adaptive Card 1.5: by the official schema and the official renderer.</summary>
public sealed class AdaptiveCardConformanceTests
{
    private static readonly Lazy<Task<JsonSchema>> Schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "schemas", "adaptive-card-1.5.schema.json")));

    public static TheoryData<string> Shapes => [.. CardSamples.All.Keys];

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Render_EveryShape_ValidatesAgainstTheAdaptiveCard15Schema(string shape)
    {
        // Arrange
        var (card, view) = CardSamples.All[shape];
        var schema = await Schema.Value;

        // Act
        var json = AdaptiveCardRenderer.Render(card, view).ToJsonString();
        var errors = schema.Validate(json);

        // Assert
        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }

    [Fact]
    public async Task Schema_CardWithAnUnknownProperty_IsRejected()
    {
        // Arrange: the schema check must be able to fail, or the theory above proves nothing.
        var schema = await Schema.Value;
        var card = AdaptiveCardRenderer.Render(CardSamples.Answer(), AdaptiveCardView.Everyone);
        card["msteams"] = new System.Text.Json.Nodes.JsonObject { ["width"] = "Full" };

        // Act
        var errors = schema.Validate(card.ToJsonString());

        // Assert
        Assert.NotEmpty(errors);
    }

    [Fact]
    public async Task Render_EveryShape_IsParsedAndRenderedByTheOfficialLibraryWithoutErrorsOrWarnings()
    {
        // Arrange: one file per shape, screenshots kept under TestResults/adaptive-cards for people to look at.
        var outDir = RepoPaths.Artifacts("adaptive-cards");
        var files = new List<string>();
        foreach (var (shape, (card, view)) in CardSamples.All)
        {
            var path = Path.Combine(outDir, $"{shape}.json");
            await File.WriteAllTextAsync(path, AdaptiveCardRenderer.Render(card, view).ToJsonString(new() { WriteIndented = true }));
            files.Add(path);
        }

        // A canary the library must complain about, so a silent peer cannot pass the check.
        var canary = Path.Combine(outDir, "canary-broken.json");
        await File.WriteAllTextAsync(canary, "{\"type\":\"AdaptiveCard\",\"version\":\"1.5\",\"body\":[{\"type\":\"TextBlok\",\"text\":\"x\"}]}");

        // Act
        var report = await AdaptiveCardPeer.RenderAsync(outDir, [.. files, canary]);

        // Assert
        Assert.Equal(files.Count + 1, report.Count);
        Assert.NotEmpty(report[^1]!["events"]!.AsArray());
        foreach (var entry in report.SkipLast(1).Select(e => e!.AsObject()))
        {
            var events = entry["events"]!.AsArray().Select(e => $"{e!["kind"]}/{e["event"]}: {e["message"]}");
            Assert.True(entry["rendered"]!.GetValue<bool>(), $"{entry["card"]} was not rendered");
            Assert.Empty(events);
            Assert.True(File.Exists(entry["png"]!.GetValue<string>()));
        }
    }
}
