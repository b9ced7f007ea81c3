using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChatOps.Records.Tests.Fakes;

/// <summary>
/// Answers as GitHub Enterprise's REST API does for issue comments (<c>/api/v3/repos/{owner}/{repo}/issues/{n}/comments</c>):
/// 401 for a wrong token, 404 for an unknown issue, and injected failures on demand.
/// </summary>
public sealed partial class FakeGitHubApi : IAsyncDisposable
{
    public const string Token = "ghp_looopback_test_token";
    private readonly Dictionary<string, List<JsonObject>> comments = new(StringComparer.Ordinal);
    private readonly Queue<int> failures = new();
    private readonly Dictionary<string, (string Title, string Body)> details = new(StringComparer.Ordinal);
    private long nextId = 1000;

    public FakeGitHubApi(params string[] issues)
    {
        foreach (var issue in issues)
        {
            comments[issue] = [];
        }

        Server = LoopbackServer.Start(Handle);
    }

    public LoopbackServer Server { get; }

    public IReadOnlyList<JsonObject> CommentsOn(string issue) => comments[issue];

    /// <summary>Gives the issue a title and body, served by <c>GET /api/v3/repos/{owner}/{repo}/issues/{n}</c>.</summary>
    public void Describe(string issue, string title, string body) => details[issue] = (title, body);

    /// <summary>Labels served in the issue's <c>labels</c>.</summary>
    public Dictionary<string, string[]> Labels { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds a comment as someone else wrote it.</summary>
    public void AddComment(string issue, string author, string body) => comments[issue].Add(new JsonObject
    {
        ["id"] = nextId++, ["body"] = body, ["user"] = new JsonObject { ["login"] = author, ["id"] = 2, ["type"] = "User" },
        ["created_at"] = "2026-11-20T14:31:00Z", ["updated_at"] = "2026-11-20T14:31:00Z", ["author_association"] = "MEMBER",
    });

    /// <summary>The next requests answer with these statuses, in order.</summary>
    public void FailNext(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            failures.Enqueue(status);
        }
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private LoopbackResponse Handle(LoopbackRequest request)
    {
        lock (comments)
        {
            if (failures.TryDequeue(out var failure))
            {
                return new LoopbackResponse(failure, """{"message":"Server Error"}""");
            }

            if (request.Header("Authorization") is not { } auth || !auth.EndsWith(Token, StringComparison.Ordinal))
            {
                return new LoopbackResponse(401, """{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest"}""");
            }

            var issuePath = IssuePath().Match(request.Path);
            if (issuePath.Success && request.Method == "GET")
            {
                var key = $"{issuePath.Groups[1].Value}#{issuePath.Groups[2].Value}";
                return details.TryGetValue(key, out var d)
                    ? new LoopbackResponse(200, new JsonObject
                    {
                        ["id"] = 7, ["number"] = int.Parse(issuePath.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture),
                        ["title"] = d.Title, ["body"] = d.Body, ["state"] = "open",
                        ["labels"] = new JsonArray(Labels.GetValueOrDefault(key, []).Select((l, i) => (JsonNode)new JsonObject { ["id"] = i + 1, ["name"] = l, ["color"] = "d73a4a" }).ToArray()),
                        ["html_url"] = $"https://github.example/{issuePath.Groups[1].Value}/issues/{issuePath.Groups[2].Value}",
                        ["user"] = new JsonObject { ["login"] = "dana", ["id"] = 3, ["type"] = "User" },
                        ["created_at"] = "2026-11-20T14:02:00Z", ["updated_at"] = "2026-11-20T14:40:00Z", ["comments"] = comments[key].Count,
                    }.ToJsonString())
                    : new LoopbackResponse(404, """{"message":"Not Found","documentation_url":"https://docs.github.com/rest/issues/issues"}""");
            }

            var match = CommentsPath().Match(request.Path);
            if (!match.Success || !comments.TryGetValue($"{match.Groups[1].Value}#{match.Groups[2].Value}", out var list))
            {
                return new LoopbackResponse(404, """{"message":"Not Found","documentation_url":"https://docs.github.com/rest/issues/comments"}""");
            }

            if (request.Method == "GET")
            {
                return new LoopbackResponse(200, new JsonArray(list.Select(c => (JsonNode)c.DeepClone()).ToArray()).ToJsonString());
            }

            var id = nextId++;
            var comment = new JsonObject
            {
                ["id"] = id,
                ["node_id"] = $"IC_{id}",
                ["url"] = $"{Server.BaseAddress}api/v3/repos/{match.Groups[1].Value}/issues/comments/{id}",
                ["html_url"] = $"https://github.example/{match.Groups[1].Value}/issues/{match.Groups[2].Value}#issuecomment-{id}",
                ["body"] = JsonNode.Parse(request.BodyText)!["body"]!.GetValue<string>(),
                ["user"] = new JsonObject { ["login"] = "chatops-bot", ["id"] = 1, ["type"] = "Bot" },
                ["created_at"] = "2026-01-05T09:00:00Z",
                ["updated_at"] = "2026-01-05T09:00:00Z",
                ["author_association"] = "NONE",
            };
            list.Add(comment);
            return new LoopbackResponse(201, comment.ToJsonString());
        }
    }

    [GeneratedRegex("^/api/v3/repos/([^/]+/[^/]+)/issues/(\\d+)$")]
    private static partial Regex IssuePath();

    [GeneratedRegex("^/api/v3/repos/([^/]+/[^/]+)/issues/(\\d+)/comments$")]
    private static partial Regex CommentsPath();
}
