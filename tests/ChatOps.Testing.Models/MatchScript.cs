using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatOps.Testing.Models;

/// <summary>
/// Replies chosen by what the request holds: the first entry whose <c>match</c> text occurs in the request (and whose
/// <c>model</c>, when given, is the model asked for) plays its next reply; an entry's last reply repeats. Read from a
/// JSON file: <c>{"entries":[{"match":"INC-7001","model":"small","replies":[{"content":"…","promptTokens":900},
/// {"status":429,"retryAfter":"1"}]}]}</c>.
/// </summary>
public sealed class MatchScript : IReplyScript
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    private readonly IReadOnlyList<Entry> entries;
    private readonly int[] served;
    private readonly Lock gate = new();

    public MatchScript(IReadOnlyList<Entry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        this.entries = entries;
        served = new int[entries.Count];
    }

    public static MatchScript Load(string path)
    {
        var file = JsonSerializer.Deserialize<ScriptFile>(File.ReadAllText(path), Options)
            ?? throw new InvalidDataException($"{path}: empty script.");
        return new MatchScript(file.Entries);
    }

    public ScriptedReply? ReplyTo(string model, string requestBody)
    {
        lock (gate)
        {
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                if (requestBody.Contains(entry.Match, StringComparison.Ordinal)
                    && (entry.Model is null || string.Equals(entry.Model, model, StringComparison.Ordinal))
                    && entry.Replies.Count > 0)
                {
                    var reply = entry.Replies[Math.Min(served[i]++, entry.Replies.Count - 1)];
                    return reply.Status is { } status and not 200
                        ? ScriptedReply.Error(status, reply.RetryAfter)
                        : ScriptedReply.Draft(reply.Content, reply.PromptTokens, reply.CompletionTokens);
                }
            }

            return null;
        }
    }

    /// <summary>One rule of the script.</summary>
    public sealed record Entry(string Match, string? Model, IReadOnlyList<Reply> Replies);

    /// <summary>A reply: a draft (content and token counts) or an error status with an optional Retry-After.</summary>
    public sealed record Reply(string? Content, int PromptTokens = 100, int CompletionTokens = 40, int? Status = null, string? RetryAfter = null);

    private sealed record ScriptFile([property: JsonRequired] IReadOnlyList<Entry> Entries);
}
