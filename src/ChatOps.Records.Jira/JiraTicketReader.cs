using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatOps.Core.Conversations;
using ChatOps.Core.Evidence;

namespace ChatOps.Records.Jira;

/// <summary>Reads a Jira Cloud issue and its comments (REST v3) as a <c>ticket</c> source; null when there is no such issue.</summary>
public sealed partial class JiraTicketReader(HttpClient http, Uri site, JiraOptions? options = null, Func<string, string?>? readSecret = null) : ITicketReader
{
    private readonly JiraOptions options = (options ?? new JiraOptions()).Validated();
    private readonly Func<string, string?> readSecret = readSecret ?? Environment.GetEnvironmentVariable;

    public async Task<Source?> ReadAsync(string ticket, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (!IssueKey().IsMatch(ticket))
        {
            return null;
        }

        var root = site.ToString().TrimEnd('/');
        var issue = await GetAsync($"{root}/rest/api/3/issue/{Uri.EscapeDataString(ticket)}?fields=summary,status,description,labels,security", cancellationToken);
        if (issue is null)
        {
            return null;
        }

        var fields = issue["fields"];
        var summary = fields?["summary"]?.GetValue<string>() ?? "";
        var text = new StringBuilder($"{ticket} {summary}. Status: {fields?["status"]?["name"]?.GetValue<string>() ?? "unknown"}.");
        if (AtlassianText.Of(fields?["description"]) is { Length: > 0 } description)
        {
            text.Append('\n').Append(description);
        }

        for (var startAt = 0; ; startAt += options.PageSize)
        {
            var page = await GetAsync($"{root}/rest/api/3/issue/{Uri.EscapeDataString(ticket)}/comment?startAt={startAt}&maxResults={options.PageSize}", cancellationToken);
            var comments = page?["comments"]?.AsArray() ?? [];
            foreach (var comment in comments)
            {
                text.Append('\n').Append($"[{comment?["created"]}] {comment?["author"]?["displayName"]}: {AtlassianText.Of(comment?["body"])}");
            }

            if (comments.Count == 0 || startAt + comments.Count >= (page?["total"]?.GetValue<int>() ?? 0))
            {
                break;
            }
        }

        // Labels (and the issue's security level) say how far the ticket may travel; a model endpoint's clearance is checked against it.
        var labels = (fields?["labels"]?.AsArray() ?? []).Select(l => l?.GetValue<string>()).Append(fields?["security"]?["name"]?.GetValue<string>());
        return new Source(ticket, SourceKind.Ticket, $"{ticket} {summary}".Trim(), $"{root}/browse/{ticket}", text.ToString())
        {
            Sensitivity = SensitivityLabels.Of(labels),
        };
    }

    private async Task<JsonNode?> GetAsync(string url, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        var email = readSecret(options.EmailVariable);
        var token = readSecret(options.TokenVariable);
        if (!string.IsNullOrEmpty(email) && !string.IsNullOrEmpty(token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{email}:{token}")));
        }

        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Jira answered {(int)response.StatusCode} reading {url}; check {options.EmailVariable} and {options.TokenVariable}.", null, response.StatusCode);
        }

        return JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
    }

    [GeneratedRegex(@"^[A-Z][A-Z0-9]{1,9}-\d{1,9}$")]
    private static partial Regex IssueKey();
}
