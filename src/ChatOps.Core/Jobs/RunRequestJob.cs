using ChatOps.Core.Channels;
using ChatOps.Core.Ledger;

namespace ChatOps.Core.Jobs;

/// <summary>A chat request accepted from a channel, to be run through the conversation core and answered.</summary>
public sealed record RunRequestJob(ConversationWork Work) : JobPayload
{
    protected override string KindName => JobKinds.RunRequest;
}
