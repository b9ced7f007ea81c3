using ChatOps.Core.Workflows;

namespace ChatOps.Drafting.Prompts;

/// <summary>The version of every workflow's prompt in a prompts directory, as drafts record it (null where the prompt is missing).</summary>
public static class PromptVersions
{
    public static IReadOnlyDictionary<string, string?> Read(string directory) =>
        WorkflowNames.All.ToDictionary(
            w => w,
            w => Directory.Exists(Path.Combine(directory, w)) ? PromptVersion.Of(Path.Combine(directory, w)) : null,
            StringComparer.Ordinal);
}
