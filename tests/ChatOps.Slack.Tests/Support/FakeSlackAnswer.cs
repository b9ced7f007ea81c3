namespace ChatOps.Slack.Tests.Support;

/// <summary>What the fake Web API answers: status, JSON body, headers.</summary>
public sealed record FakeSlackAnswer(int Status, string Json, IReadOnlyDictionary<string, string> Headers)
{
    public static FakeSlackAnswer Error(string code) => new(200, $$"""{"ok":false,"error":"{{code}}"}""", new Dictionary<string, string>());

    public static FakeSlackAnswer RateLimited(int retryAfterSeconds) =>
        new(429, """{"ok":false,"error":"ratelimited"}""", new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public static FakeSlackAnswer ServerError() => new(500, "{}", new Dictionary<string, string>());

    /// <summary>Success as Slack documents it for each method, with a field we do not model to prove it is kept.</summary>
    public static FakeSlackAnswer Success(string method) => new(200, method switch
    {
        "chat.postMessage" or "chat.update" => """{"ok":true,"channel":"C0123456789","ts":"1790000000.000200","message":{"type":"message","text":"posted"}}""",
        "chat.postEphemeral" => """{"ok":true,"message_ts":"1790000000.000300"}""",
        "views.open" => """{"ok":true,"view":{"id":"V0123","type":"modal"}}""",
        "conversations.replies" => """{"ok":true,"messages":[{"type":"message","user":"U024BE7LH","text":"deploy failed at 14:02","ts":"1790000000.000100","thread_ts":"1790000000.000100","reply_count":1},{"type":"message","user":"U0G9QF9C6","text":"rolled back","ts":"1790000001.000200","thread_ts":"1790000000.000100"}],"has_more":true,"response_metadata":{"next_cursor":"bmV4dA=="}}""",
        "users.info" => """{"ok":true,"user":{"id":"U024BE7LH","team_id":"T000TEST","name":"dana","real_name":"Dana Ops","tz":"Europe/Berlin","is_bot":false,"deleted":false,"profile":{"display_name":"dana","real_name":"Dana Ops","email":"dana@example.com","status_emoji":":fire:"}}}""",
        "auth.test" => """{"ok":true,"url":"https://example.slack.com/","team":"Example","user":"chatops","team_id":"T000TEST","user_id":"U000TEST","bot_id":"B000TEST","is_enterprise_install":false}""",
        "chat.getPermalink" => """{"ok":true,"channel":"C0123456789","permalink":"https://example.slack.com/archives/C0123456789/p1790000000000100"}""",
        _ => """{"ok":false,"error":"unknown_method"}""",
    }, new Dictionary<string, string>());
}
