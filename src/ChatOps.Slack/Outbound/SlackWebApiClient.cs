using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ChatOps.Slack.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Slack.Outbound;

/// <summary>The Web API over a typed <see cref="HttpClient"/>: bearer token, <c>ok:false</c> as exceptions, 429 and 5xx retried.</summary>
public sealed class SlackWebApiClient(
    HttpClient http,
    SlackRateLimitGate gate,
    IOptionsMonitor<SlackOptions> options,
    TimeProvider timeProvider,
    ILogger<SlackWebApiClient> logger) : ISlackWebApi
{
    private static readonly MediaTypeHeaderValue JsonUtf8 = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

    public Task<ChatMessageResponse> PostMessageAsync(ChatPostMessageRequest request, CancellationToken cancellationToken = default) =>
        CallAsync("chat.postMessage", Json(request, SlackJsonContext.Default.ChatPostMessageRequest), SlackJsonContext.Default.ChatMessageResponse, cancellationToken);

    public Task<ChatMessageResponse> UpdateMessageAsync(ChatUpdateRequest request, CancellationToken cancellationToken = default) =>
        CallAsync("chat.update", Json(request, SlackJsonContext.Default.ChatUpdateRequest), SlackJsonContext.Default.ChatMessageResponse, cancellationToken);

    public Task<ChatPostEphemeralResponse> PostEphemeralAsync(ChatPostEphemeralRequest request, CancellationToken cancellationToken = default) =>
        CallAsync("chat.postEphemeral", Json(request, SlackJsonContext.Default.ChatPostEphemeralRequest), SlackJsonContext.Default.ChatPostEphemeralResponse, cancellationToken);

    public Task<ViewsOpenResponse> OpenViewAsync(ViewsOpenRequest request, CancellationToken cancellationToken = default) =>
        CallAsync("views.open", Json(request, SlackJsonContext.Default.ViewsOpenRequest), SlackJsonContext.Default.ViewsOpenResponse, cancellationToken);

    public Task<ConversationsRepliesResponse> GetRepliesAsync(
        string channel, string threadTs, string? cursor = null, int? limit = null, CancellationToken cancellationToken = default)
    {
        var fields = new List<KeyValuePair<string, string>> { new("channel", channel), new("ts", threadTs) };
        if (cursor is not null)
        {
            fields.Add(new("cursor", cursor));
        }

        if (limit is not null)
        {
            fields.Add(new("limit", limit.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return CallAsync("conversations.replies", () => new FormUrlEncodedContent(fields), SlackJsonContext.Default.ConversationsRepliesResponse, cancellationToken);
    }

    public Task<UsersInfoResponse> GetUserAsync(string userId, CancellationToken cancellationToken = default) =>
        CallAsync("users.info", Form(("user", userId)), SlackJsonContext.Default.UsersInfoResponse, cancellationToken);

    public Task<ChatGetPermalinkResponse> GetPermalinkAsync(string channel, string messageTs, CancellationToken cancellationToken = default) =>
        CallAsync("chat.getPermalink", Form(("channel", channel), ("message_ts", messageTs)), SlackJsonContext.Default.ChatGetPermalinkResponse, cancellationToken);

    public Task<ConversationsOpenResponse> OpenDirectMessageAsync(string userId, CancellationToken cancellationToken = default) =>
        CallAsync("conversations.open", Form(("users", userId)), SlackJsonContext.Default.ConversationsOpenResponse, cancellationToken);

    public Task<UserGroupsUsersListResponse> ListUserGroupMembersAsync(string userGroupId, CancellationToken cancellationToken = default) =>
        CallAsync("usergroups.users.list", Form(("usergroup", userGroupId)), SlackJsonContext.Default.UserGroupsUsersListResponse, cancellationToken);

    public Task<AuthTestResponse> AuthTestAsync(CancellationToken cancellationToken = default) =>
        CallAsync("auth.test", Form(), SlackJsonContext.Default.AuthTestResponse, cancellationToken);

    private static Func<HttpContent> Json<T>(T body, JsonTypeInfo<T> type)
    {
        // Bytes, not a streamed JsonContent: Slack gets a Content-Length, and a retry resends the same bytes.
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, type);
        return () => new ByteArrayContent(bytes) { Headers = { ContentType = JsonUtf8 } };
    }

    private static Func<HttpContent> Form(params (string Name, string Value)[] fields) =>
        () => new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private async Task<T> CallAsync<T>(string method, Func<HttpContent> content, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : SlackApiResponse
    {
        var settings = options.CurrentValue;
        for (var attempt = 0; ; attempt++)
        {
            await gate.WaitAsync(method, cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.ApiBaseUrl, method)) { Content = content() };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.BotToken);
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException e) when (attempt < settings.MaxRetries)
            {
                await BackoffAsync(method, attempt, e.Message, cancellationToken);
                continue;
            }
            catch (HttpRequestException e)
            {
                throw new SlackApiException(method, "connection_failed", null, e);
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    var wait = SlackRetryDelay.RetryAfter(response.Headers, timeProvider.GetUtcNow());
                    gate.Block(method, timeProvider.GetUtcNow() + wait);
                    Log.RateLimited(logger, method, wait.TotalSeconds, attempt);
                    if (attempt < settings.MaxRetries)
                    {
                        continue;
                    }

                    throw new SlackApiException(method, "ratelimited", status);
                }

                if (status >= 500 && attempt < settings.MaxRetries)
                {
                    await BackoffAsync(method, attempt, $"HTTP {status}", cancellationToken);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw new SlackApiException(method, $"http_{status}", status);
                }

                var body = await ReadAsync(method, response, type, cancellationToken);
                if (!body.Ok)
                {
                    Log.CallFailed(logger, method, body.Error ?? "unknown_error");
                    throw new SlackApiException(method, body.Error ?? "unknown_error", status);
                }

                return body;
            }
        }
    }

    private static async Task<T> ReadAsync<T>(string method, HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            return await JsonSerializer.DeserializeAsync(stream, type, cancellationToken)
                ?? throw new SlackApiException(method, "invalid_response", (int)response.StatusCode);
        }
        catch (JsonException e)
        {
            throw new SlackApiException(method, "invalid_response", (int)response.StatusCode, e);
        }
    }

    private async Task BackoffAsync(string method, int attempt, string reason, CancellationToken cancellationToken)
    {
        var delay = SlackRetryDelay.Backoff(attempt, Random.Shared.NextDouble());
        Log.Retrying(logger, method, reason, delay.TotalSeconds, attempt);
        await Task.Delay(delay, timeProvider, cancellationToken);
    }
}
