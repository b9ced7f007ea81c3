using ChatOps.Core.Drafting;
using OpenAI.Chat;

namespace ChatOps.Drafting.Gate;

/// <summary>Reads token usage from a function result's metadata, where Semantic Kernel's connectors put it.</summary>
internal static class UsageReader
{
    public const string MetadataKey = "Usage";

    public static DraftUsage Read(IReadOnlyDictionary<string, object?>? metadata)
    {
        if (metadata is null || !metadata.TryGetValue(MetadataKey, out var usage))
        {
            return DraftUsage.None;
        }

        return usage switch
        {
            ChatTokenUsage openAi => new DraftUsage(openAi.InputTokenCount, openAi.OutputTokenCount),
            DraftUsage own => own,
            _ => DraftUsage.None,
        };
    }
}
