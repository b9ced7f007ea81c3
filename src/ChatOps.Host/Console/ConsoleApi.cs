using ChatOps.Core.Channels;
using ChatOps.Core.Conversations;
using ChatOps.Core.Policy;

namespace ChatOps.Host.Console;

/// <summary>Request bodies of the console page's API.</summary>
public sealed record ConsoleMessageBody(string As, string Text);

/// <summary>A card button pressed on the console page.</summary>
public sealed record ConsoleActionBody(string As, string Verb, Dictionary<string, string> Data, Dictionary<string, string>? Inputs);

/// <summary>Maps console names to channel identities and threads to conversation references.</summary>
public static class ConsoleIdentity
{
    public static ChannelIdentity Person(string name) => new(ChannelIdentity.Console, name);

    public static ConversationRef Thread(string threadId) => new(ChannelIdentity.Console, "console", threadId);

    public static ReplyAddress ReplyTo(string threadId, string person) => new(ChannelIdentity.Console, "console", threadId, null, person);

    public static IReadOnlyList<string> People(ChatOpsPolicy policy) =>
        policy.People.Where(p => p.ChannelIds.ContainsKey(ChannelIdentity.Console)).Select(p => p.ChannelIds[ChannelIdentity.Console]).ToArray();
}
