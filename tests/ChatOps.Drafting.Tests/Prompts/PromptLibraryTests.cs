using ChatOps.Core.Workflows;
using ChatOps.Drafting.Prompts;
using ChatOps.Drafting.Tests.Support;
using Microsoft.SemanticKernel;

namespace ChatOps.Drafting.Tests.Prompts;

/// <summary>The shipped prompt directories, as Semantic Kernel loads them, and their versions.</summary>
public sealed class PromptLibraryTests
{
    [Fact]
    public void Load_ShippedPrompts_OneFunctionPerWorkflowWithRequiredEvidence()
    {
        // Arrange
        var kernel = new Kernel();

        // Act
        var library = PromptLibrary.Load(kernel, DraftingHost.PromptsDirectory);

        // Assert
        Assert.Equal(WorkflowNames.All.Order(StringComparer.Ordinal), library.Plugin.Select(f => f.Name).Order(StringComparer.Ordinal));
        foreach (var workflow in WorkflowNames.All)
        {
            var function = library.FunctionFor(workflow);
            Assert.Contains(function.Metadata.Parameters, p => p.Name == "evidence" && p.IsRequired);
            Assert.Matches("^sha256:[0-9a-f]{64}$", library.VersionOf(workflow));
        }

        Assert.Equal(WorkflowNames.All.Count, WorkflowNames.All.Select(library.VersionOf).Distinct().Count());
    }

    [Fact]
    public void VersionOf_EditedPromptFile_ChangesOnlyThatWorkflowsVersion()
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

            var before = PromptLibrary.Load(new Kernel(), copy.FullName);

            // Act
            File.AppendAllText(Path.Combine(copy.FullName, WorkflowNames.Postmortem, "skprompt.txt"), " ");
            var after = PromptLibrary.Load(new Kernel(), copy.FullName);

            // Assert
            Assert.NotEqual(before.VersionOf(WorkflowNames.Postmortem), after.VersionOf(WorkflowNames.Postmortem));
            Assert.Equal(before.VersionOf(WorkflowNames.CustomerUpdate), after.VersionOf(WorkflowNames.CustomerUpdate));
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }

    [Fact]
    public void ShippedPrompts_KeepEvidenceOutOfTheSystemMessage()
    {
        foreach (var workflow in WorkflowNames.All)
        {
            // Arrange
            var template = File.ReadAllText(Path.Combine(DraftingHost.PromptsDirectory, workflow, "skprompt.txt"));

            // Act
            var system = template[..template.IndexOf("</message>", StringComparison.Ordinal)];
            var user = template[template.IndexOf("<message role=\"user\">", StringComparison.Ordinal)..];

            // Assert
            Assert.DoesNotContain("{{$", system, StringComparison.Ordinal);
            Assert.Contains("{{$evidence}}", user, StringComparison.Ordinal);
            Assert.Contains("UNKNOWN", system, StringComparison.Ordinal);
            Assert.Contains($"Workflow: {workflow}", user, StringComparison.Ordinal);
        }
    }
}
