namespace ChatOps.Testing.Models;

/// <summary>Plays the replies in order, whatever is asked; the last one repeats.</summary>
public sealed class SequenceScript(params ScriptedReply[] replies) : IReplyScript
{
    private int served;

    public ScriptedReply? ReplyTo(string model, string requestBody) =>
        replies.Length == 0 ? null : replies[Math.Min(Interlocked.Increment(ref served) - 1, replies.Length - 1)];
}
