namespace ChatOps.Testing.Models;

/// <summary>Chooses the reply to a well-formed chat-completions request; null when the script has none for it.</summary>
public interface IReplyScript
{
    ScriptedReply? ReplyTo(string model, string requestBody);
}
