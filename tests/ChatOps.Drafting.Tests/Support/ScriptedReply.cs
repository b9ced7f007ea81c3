namespace ChatOps.Drafting.Tests.Support;

/// <summary>One scripted answer of the loopback OpenAI server.</summary>
internal sealed record ScriptedReply(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null, bool Hang = false)
{
    public static ScriptedReply Draft(string content, int promptTokens = 100, int completionTokens = 40) =>
        new(200, System.Text.Json.JsonSerializer.Serialize(new
        {
            id = "chatcmpl-test",
            @object = "chat.completion",
            created = 1_700_000_000,
            model = "loopback-model",
            choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
            usage = new { prompt_tokens = promptTokens, completion_tokens = completionTokens, total_tokens = promptTokens + completionTokens },
        }));

    public static ScriptedReply Error(int status, string? retryAfter = null) =>
        new(status, """{"error":{"message":"scripted failure","type":"server_error"}}""",
            retryAfter is null ? null : new Dictionary<string, string> { ["Retry-After"] = retryAfter });

    public static ScriptedReply Malformed() => new(200, "<html>this is not a chat completion</html>");

    /// <summary>Never answers (until the server is disposed), so the client's timeout fires.</summary>
    public static ScriptedReply Silent() => new(200, "", Hang: true);
}
