using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ChatOps.Core.Records;

namespace ChatOps.Records.Jira;

/// <summary>
/// Comments on the draft's Jira Cloud issue (<c>POST /rest/api/3/issue/{key}/comment</c>). Before posting it pages
/// through the issue's comments for the request's marker, so a retry after a crash never posts twice.
/// </summary>
public sealed class JiraTarget(HttpClient http, JiraOptions? options = null, Func<string, string?>? readSecret = null) : IWriteBackTarget
{
    private readonly JiraOptions options = (options ?? new JiraOptions()).Validated();
    private readonly Func<string, string?> readSecret = readSecret ?? Environment.GetEnvironmentVariable;

    public string Kind => Core.Policy.WriteBackTarget.Jira;

    public bool HasCredentials(IReadOnlyDictionary<string, string> settings) =>
        !string.IsNullOrEmpty(readSecret(options.EmailVariable)) && !string.IsNullOrEmpty(readSecret(options.TokenVariable));

    public async Task<WriteBackReceipt> WriteAsync(WriteBackRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var site = request.Setting("site")?.TrimEnd('/') ?? throw new WriteBackException("The Jira write-back has no site.", isTransient: false);
        var issue = request.Ticket ?? throw new WriteBackException("The draft names no Jira issue to comment on.", isTransient: false);
        var auth = Authorization();
        var comments = $"{site}/rest/api/3/issue/{Uri.EscapeDataString(issue)}/comment";
        if (await FindAsync(comments, auth, request.Marker, cancellationToken) is { } existing)
        {
            return new WriteBackReceipt(existing.Id, existing.Self, AlreadyPresent: true);
        }

        using var post = new HttpRequestMessage(HttpMethod.Post, comments) { Content = JsonContent.Create(new JsonObject { ["body"] = AtlassianDocument.Comment(request) }) };
        post.Headers.Authorization = auth;
        var created = await SendAsync(post, cancellationToken);
        return new WriteBackReceipt(created["id"]?.ToString() ?? string.Empty, created["self"]?.ToString(), AlreadyPresent: false);
    }

    private async Task<(string Id, string? Self)?> FindAsync(string comments, AuthenticationHeaderValue auth, string marker, CancellationToken cancellationToken)
    {
        for (var startAt = 0; ; startAt += options.PageSize)
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, $"{comments}?startAt={startAt}&maxResults={options.PageSize}&orderBy=created");
            get.Headers.Authorization = auth;
            var page = await SendAsync(get, cancellationToken);
            var items = page["comments"]?.AsArray() ?? [];
            var match = items.FirstOrDefault(c => c?["body"]?.ToJsonString().Contains(marker, StringComparison.Ordinal) == true);
            if (match is not null)
            {
                return (match["id"]!.ToString(), match["self"]?.ToString());
            }

            var total = page["total"]?.GetValue<int>() ?? 0;
            if (items.Count == 0 || startAt + items.Count >= total)
            {
                return null;
            }
        }
    }

    private async Task<JsonObject> SendAsync(HttpRequestMessage message, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(message, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new WriteBackException($"Jira could not be reached: {ex.Message}", isTransient: true, ex);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                throw new WriteBackException(status switch
                {
                    401 or 403 => $"Jira refused the credentials ({status}); check {options.EmailVariable} and {options.TokenVariable}.",
                    404 => "Jira has no such issue, or the account cannot see it (404).",
                    _ => $"Jira answered {status}.",
                }, isTransient: status is 408 or 429 or >= 500);
            }

            return JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))?.AsObject() ?? [];
        }
    }

    private AuthenticationHeaderValue Authorization()
    {
        var email = readSecret(options.EmailVariable);
        var token = readSecret(options.TokenVariable);
        if (string.IsNullOrEmpty(email) || string.IsNullOrEmpty(token))
        {
            throw new WriteBackException($"Set {options.EmailVariable} and {options.TokenVariable} for the Jira write-back.", isTransient: false);
        }

        return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{email}:{token}")));
    }
}
