using ChatOps.Core.Drafting;
using ChatOps.Core.Workflows;
using ChatOps.Drafting.Tests.Support;

namespace ChatOps.Drafting.Tests.Gate;

/// <summary>A prompt file that would put evidence into the system message is refused before anything is sent.</summary>
public sealed class EvidencePlacementFilterTests
{
    [Fact]
    public async Task DraftAsync_PromptRendersEvidenceInSystemMessage_FailsBeforeSending()
    {
        // Arrange
        var copy = Directory.CreateTempSubdirectory("chatops-prompts-");
        try
        {
            foreach (var file in Directory.GetFiles(DraftingHost.PromptsDirectory, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(copy.FullName, Path.GetRelativePath(DraftingHost.PromptsDirectory, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            var prompt = Path.Combine(copy.FullName, WorkflowNames.IncidentInternal, "skprompt.txt");
            File.WriteAllText(prompt, File.ReadAllText(prompt).Replace("Output only the draft.", "Output only the draft. {{$evidence}}", StringComparison.Ordinal));
            await using var server = LoopbackModelServer.Start(ScriptedReply.Draft("Checkout errors hit 12% of users [S1]."));
            var route = TestEndpoints.Route(TestEndpoints.OpenAI("cheap", server));
            using var host = new DraftingHost(options => { route(options); options.PromptsDirectory = copy.FullName; });

            // Act
            var error = await Assert.ThrowsAsync<InvalidOperationException>(
                () => host.Drafter.DraftAsync(new DraftRequest(WorkflowNames.IncidentInternal, TestEndpoints.Evidence())));

            // Assert
            Assert.Contains("outside the user message", error.Message, StringComparison.Ordinal);
            Assert.Equal(0, server.RequestCount);
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }
}
