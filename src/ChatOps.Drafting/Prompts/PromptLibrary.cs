using ChatOps.Core.Drafting;
using ChatOps.Core.Workflows;
using Microsoft.SemanticKernel;

namespace ChatOps.Drafting.Prompts;

/// <summary>The drafting prompt functions, loaded by Semantic Kernel's prompt-directory loader, with their versions.</summary>
internal sealed class PromptLibrary
{
    /// <summary>The plugin name under which every drafting function is registered; the gate filter keys on it.</summary>
    public const string PluginName = "drafts";

    private readonly Dictionary<string, string> versions;

    private PromptLibrary(KernelPlugin plugin, Dictionary<string, string> versions)
    {
        Plugin = plugin;
        this.versions = versions;
    }

    public KernelPlugin Plugin { get; }

    /// <summary>Loads <paramref name="directory"/> (one sub-directory per workflow) into <paramref name="kernel"/>.</summary>
    public static PromptLibrary Load(Kernel kernel, string directory)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        var missing = MissingWorkflows(directory);
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The prompts directory '{directory}' lacks {string.Join(", ", missing)}; each workflow needs skprompt.txt and config.json.");
        }

        var plugin = kernel.ImportPluginFromPromptDirectory(directory, PluginName);
        var versions = WorkflowNames.All.ToDictionary(w => w, w => PromptVersion.Of(Path.Combine(directory, w)), StringComparer.Ordinal);
        return new PromptLibrary(plugin, versions);
    }

    /// <summary>The workflows whose prompt files are absent from <paramref name="directory"/>.</summary>
    public static IReadOnlyList<string> MissingWorkflows(string directory) =>
        WorkflowNames.All
            .Where(w => !File.Exists(Path.Combine(directory, w, "skprompt.txt")) || !File.Exists(Path.Combine(directory, w, "config.json")))
            .ToArray();

    public KernelFunction FunctionFor(string workflow) =>
        Plugin.TryGetFunction(workflow, out var function)
            ? function
            : throw new DraftingException(DraftingErrorKind.InvalidRequest,
                $"Unknown workflow '{workflow}'; use one of: {string.Join(", ", WorkflowNames.All)}.");

    public string VersionOf(string workflow) => versions[workflow];
}
