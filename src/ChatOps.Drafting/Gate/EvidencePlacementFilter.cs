using ChatOps.Drafting.Prompts;
using Microsoft.SemanticKernel;

namespace ChatOps.Drafting.Gate;

/// <summary>Fails closed when a rendered drafting prompt puts evidence anywhere but the user message (a prompt-file mistake).</summary>
internal sealed class EvidencePlacementFilter : IPromptRenderFilter
{
    private const string UserMessage = "<message role=\"user\">";
    private const string BlockStart = "```" + EvidenceBlocks.InfoWord + " id=";

    public async Task OnPromptRenderAsync(PromptRenderContext context, Func<PromptRenderContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        await next(context);
        if (context.Function.PluginName != PromptLibrary.PluginName || context.RenderedPrompt is not { } prompt)
        {
            return;
        }

        var firstBlock = prompt.IndexOf(BlockStart, StringComparison.Ordinal);
        var user = prompt.IndexOf(UserMessage, StringComparison.Ordinal);
        if (firstBlock >= 0 && (user < 0 || firstBlock < user))
        {
            throw new InvalidOperationException(
                $"The prompt for '{context.Function.Name}' renders evidence outside the user message; evidence must never reach the system message.");
        }
    }
}
