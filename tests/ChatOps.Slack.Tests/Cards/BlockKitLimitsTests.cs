using ChatOps.Slack.Tests.Support;

namespace ChatOps.Slack.Tests.Cards;

public sealed class BlockKitLimitsTests
{
    public static TheoryData<string> PayloadNames() => [.. RenderedPayloads.All().Select(p => p.FileName)];

    [Theory]
    [MemberData(nameof(PayloadNames))]
    public void EveryRenderedPayload_StaysWithinBlockKitLimits(string fileName)
    {
        var payload = RenderedPayloads.All().Single(p => p.FileName == fileName).Payload;

        var errors = fileName.EndsWith(".modal.json", StringComparison.Ordinal)
            ? BlockKitLimitCheck.Modal(payload["view"]!)
            : BlockKitLimitCheck.Message(payload);

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task EveryRenderedPayload_TypeChecksAgainstSlacksOwnTypes()
    {
        // Arrange: the payloads as files, as check-blocks.sh reads them.
        var dir = Directory.CreateTempSubdirectory("chatops-blocks-");
        try
        {
            foreach (var (fileName, payload) in RenderedPayloads.All())
            {
                await File.WriteAllTextAsync(Path.Combine(dir.FullName, fileName), payload.ToJsonString());
            }

            // Act
            var (exit, output, error) = await NodePeers.RunAsync("bash", ["check-blocks.sh", dir.FullName]);

            // Assert
            Assert.True(exit == 0, $"tsc found type errors (exit {exit}):\n{output}\n{error}");
            Assert.Contains($"checking {dir.GetFiles().Length} payload(s)", output, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task TypeCheck_CatchesABrokenPayload()
    {
        // A control: a button whose text is a bare string, and an unknown block field, must fail the same check.
        var dir = Directory.CreateTempSubdirectory("chatops-blocks-bad-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "broken.message.json"), """
                {"channel":"C1","text":"x","blocks":[{"type":"actions","elements":[{"type":"button","action_id":"approve","text":"Approve"}]},{"type":"divider","text":"no"}]}
                """);

            var (exit, output, _) = await NodePeers.RunAsync("bash", ["check-blocks.sh", dir.FullName]);

            Assert.Equal(1, exit);
            Assert.Contains("broken.message.ts", output, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
