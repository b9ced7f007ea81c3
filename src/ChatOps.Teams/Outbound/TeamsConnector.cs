using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using ChatOps.Teams.Wire;
using Microsoft.Extensions.Options;

namespace ChatOps.Teams.Outbound;

/// <summary>The Bot Connector REST client (v3) on the named <see cref="TeamsHttpClients.Connector"/> client, which retries.</summary>
internal sealed class TeamsConnector(IHttpClientFactory httpClientFactory, IBotTokenProvider tokens, IOptions<TeamsOptions> options)
    : ITeamsConnector
{
    // The largest page the Connector serves: a team of a few hundred people is read in one call.
    private const int MembersPageSize = 500;

    public async Task<string> SendAsync(ConversationReference conversation, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var uri = ConnectorUris.Activities(conversation.ServiceUrl, conversation.ConversationId);
        var response = await CallAsync("send", HttpMethod.Post, uri, Outgoing(activity, conversation), TeamsJsonContext.Default.Activity,
            TeamsJsonContext.Default.ResourceResponse, cancellationToken);
        return response.Id ?? "";
    }

    public async Task<string> ReplyAsync(
        ConversationReference conversation, string replyToId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentException.ThrowIfNullOrEmpty(replyToId);
        var uri = ConnectorUris.Activity(conversation.ServiceUrl, conversation.ConversationId, replyToId);
        var body = Outgoing(activity, conversation) with { ReplyToId = replyToId };
        var response = await CallAsync("reply", HttpMethod.Post, uri, body, TeamsJsonContext.Default.Activity,
            TeamsJsonContext.Default.ResourceResponse, cancellationToken);
        return response.Id ?? "";
    }

    public async Task UpdateAsync(
        ConversationReference conversation, string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var uri = ConnectorUris.Activity(conversation.ServiceUrl, conversation.ConversationId, activityId);

        // PUT replaces the whole message, so the body is the complete activity with its id.
        var body = Outgoing(activity, conversation) with { Id = activityId };
        await CallAsync("update", HttpMethod.Put, uri, body, TeamsJsonContext.Default.Activity,
            TeamsJsonContext.Default.ResourceResponse, cancellationToken);
    }

    public async Task<ConversationReference> CreatePersonalConversationAsync(
        string serviceUrl, string tenantId, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = $"28:{options.Value.AppId}" },
            Members = [new ChannelAccount { Id = userId }],
            TenantId = tenantId,
            ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        };
        var response = await CallAsync("create conversation", HttpMethod.Post, ConnectorUris.Conversations(serviceUrl), parameters,
            TeamsJsonContext.Default.ConversationParameters, TeamsJsonContext.Default.ConversationResourceResponse, cancellationToken);
        if (string.IsNullOrEmpty(response.Id))
        {
            throw new ConnectorException("The Bot Connector created a conversation but returned no id.");
        }

        return new ConversationReference(response.ServiceUrl ?? serviceUrl, response.Id, tenantId);
    }

    public async Task<PagedMembersResult> GetPagedMembersAsync(
        string serviceUrl, string conversationId, string? continuationToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        using var request = new HttpRequestMessage(HttpMethod.Get, ConnectorUris.PagedMembers(serviceUrl, conversationId, MembersPageSize, continuationToken));
        return await SendAsync("read members", request, TeamsJsonContext.Default.PagedMembersResult, cancellationToken);
    }

    private static Activity Outgoing(Activity activity, ConversationReference conversation)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity with
        {
            Type = activity.Type ?? ActivityTypes.Message,
            Conversation = new ConversationAccount { Id = conversation.ConversationId, TenantId = conversation.TenantId },
        };
    }

    private async Task<TResponse> CallAsync<TBody, TResponse>(
        string operation, HttpMethod method, Uri uri, TBody body, JsonTypeInfo<TBody> bodyInfo, JsonTypeInfo<TResponse> responseInfo,
        CancellationToken cancellationToken)
        where TResponse : new()
    {
        using var request = new HttpRequestMessage(method, uri)
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, bodyInfo))
            {
                Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } },
            },
        };
        return await SendAsync(operation, request, responseInfo, cancellationToken);
    }

    private async Task<TResponse> SendAsync<TResponse>(string operation, HttpRequestMessage request, JsonTypeInfo<TResponse> responseInfo, CancellationToken cancellationToken)
        where TResponse : new()
    {
        if (await tokens.GetTokenAsync(cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var client = httpClientFactory.CreateClient(TeamsHttpClients.Connector);
        using var response = await client.SendAsync(request, cancellationToken);
        var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var error = TryRead(content, TeamsJsonContext.Default.ConnectorError)?.Error;
            throw new ConnectorException(operation, response.StatusCode, error?.Code, error?.Message);
        }

        return TryRead(content, responseInfo) ?? new TResponse();
    }

    private static T? TryRead<T>(byte[] content, JsonTypeInfo<T> info)
    {
        if (content.Length == 0)
        {
            return default;
        }

        try
        {
            return JsonSerializer.Deserialize(content, info);
        }
        catch (JsonException)
        {
            return default;
        }
    }
}
