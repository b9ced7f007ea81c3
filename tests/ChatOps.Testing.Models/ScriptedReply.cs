using System.Text.Json;

namespace ChatOps.Testing.Models;

/// <summary>One scripted answer of the loopback model server.</summary>
/// <remarks>Hang: never answers until the server stops, so the client's timeout fires.</remarks>
public sealed record ScriptedReply(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null, bool Hang = false)
{
    /// <summary>A chat completion whose only choice holds <paramref name="content"/>; the model field echoes the request's.</summary>
    public static ScriptedReply Draft(string? content, int promptTokens = 100, int completionTokens = 40, string finishReason = "stop") =>
        new(200, JsonSerializer.Serialize(new
        {
            id = "chatcmpl-loopback",
            @object = "chat.completion",
            created = 1_700_000_000,
            model = ModelPlaceholder,
            choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = finishReason } },
            usage = new { prompt_tokens = promptTokens, completion_tokens = completionTokens, total_tokens = promptTokens + completionTokens },
        }));

    /// <summary>An OpenAI error body with the status (and a <c>Retry-After</c> header when given).</summary>
    public static ScriptedReply Error(int status, string? retryAfter = null, string code = "server_error") =>
        new(status, JsonSerializer.Serialize(new { error = new { message = "scripted failure", type = code, code } }),
            retryAfter is null ? null : new Dictionary<string, string> { ["Retry-After"] = retryAfter });

    /// <summary>Azure OpenAI's refusal of a prompt by its content filter: HTTP 400 with code <c>content_filter</c>.</summary>
    public static ScriptedReply PromptFiltered() => Error(400, code: "content_filter");

    /// <summary>A completion stopped by the content filter: HTTP 200, <c>finish_reason: content_filter</c>, no text.</summary>
    public static ScriptedReply CompletionFiltered(int promptTokens = 100) => Draft(null, promptTokens, 0, "content_filter");

    /// <summary>A well-formed completion with no text at all.</summary>
    public static ScriptedReply Empty(int promptTokens = 100) => Draft("", promptTokens, 0);

    /// <summary>A 200 whose body is not a chat completion.</summary>
    public static ScriptedReply Malformed() => new(200, "<html>this is not a chat completion</html>");

    /// <summary>Never answers (until the server stops), so the client's timeout fires.</summary>
    public static ScriptedReply Silent() => new(200, "", Hang: true);

    /// <summary>Replaced with the model named in the request, as real servers echo it.</summary>
    internal const string ModelPlaceholder = "@@request-model@@";
}
