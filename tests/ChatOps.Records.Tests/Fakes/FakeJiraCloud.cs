using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Web;

namespace ChatOps.Records.Tests.Fakes;

/// <summary>
/// Answers as Jira Cloud's REST v3 does for issue comments: Basic auth with email and API token, paged GET
/// (<c>startAt</c>, <c>maxResults</c>, <c>total</c>), ADF bodies, 404 for unknown issues, 429 with Retry-After.
/// </summary>
public sealed partial class FakeJiraCloud : IAsyncDisposable
{
    public const string Email = "bot@acme.example";
    public const string ApiToken = "jira-loopback-token";
    private readonly Dictionary<string, List<JsonObject>> comments = new(StringComparer.Ordinal);
    private readonly Queue<int> failures = new();
    private readonly Dictionary<string, (string Summary, string Description)> details = new(StringComparer.Ordinal);
    private int nextId = 10000;

    public FakeJiraCloud(params string[] issues)
    {
        foreach (var issue in issues)
        {
            comments[issue] = [];
        }

        Server = LoopbackServer.Start(Handle);
    }

    public LoopbackServer Server { get; }

    public string Site => Server.BaseAddress.ToString().TrimEnd('/');

    public IReadOnlyList<JsonObject> CommentsOn(string issue) => comments[issue];

    /// <summary>Gives the issue a summary and description, served by <c>GET /rest/api/3/issue/{key}</c>.</summary>
    public void Describe(string issue, string summary, string description) => details[issue] = (summary, description);

    /// <summary>Labels served in the issue's <c>fields.labels</c>.</summary>
    public Dictionary<string, string[]> Labels { get; } = new(StringComparer.Ordinal);

    public void AddComment(string issue, string text) => comments[issue].Add(Comment(issue, Doc(text)));

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
                return new LoopbackResponse(failure, """{"errorMessages":["Rate limit exceeded."],"errors":{}}""", new Dictionary<string, string> { ["Retry-After"] = "1" });
            }

            var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Email}:{ApiToken}"));
            if (request.Header("Authorization") != expected)
            {
                return new LoopbackResponse(401, """{"errorMessages":["You are not authenticated."],"errors":{}}""");
            }

            var issuePath = IssuePath().Match(request.Path);
            if (issuePath.Success && request.Method == "GET")
            {
                var key = issuePath.Groups[1].Value;
                return comments.ContainsKey(key) && details.TryGetValue(key, out var d)
                    ? new LoopbackResponse(200, new JsonObject
                    {
                        ["key"] = key,
                        ["fields"] = new JsonObject { ["summary"] = d.Summary, ["status"] = new JsonObject { ["name"] = "In Progress" }, ["description"] = Doc(d.Description), ["labels"] = new JsonArray(Labels.GetValueOrDefault(key, []).Select(l => (JsonNode)l).ToArray()) },
                    }.ToJsonString())
                    : new LoopbackResponse(404, """{"errorMessages":["Issue does not exist or you do not have permission to see it."],"errors":{}}""");
            }

            var match = CommentsPath().Match(request.Path);
            if (!match.Success || !comments.TryGetValue(match.Groups[1].Value, out var list))
            {
                return new LoopbackResponse(404, """{"errorMessages":["Issue does not exist or you do not have permission to see it."],"errors":{}}""");
            }

            if (request.Method == "GET")
            {
                var query = HttpUtility.ParseQueryString(request.Query);
                var startAt = int.Parse(query["startAt"] ?? "0", CultureInfo.InvariantCulture);
                var max = Math.Min(100, int.Parse(query["maxResults"] ?? "50", CultureInfo.InvariantCulture));
                var page = list.Skip(startAt).Take(max).Select(c => (JsonNode)c.DeepClone()).ToArray();
                return new LoopbackResponse(200, new JsonObject { ["startAt"] = startAt, ["maxResults"] = max, ["total"] = list.Count, ["comments"] = new JsonArray(page) }.ToJsonString());
            }

            var body = JsonNode.Parse(request.BodyText)?["body"];
            if (body?["type"]?.GetValue<string>() != "doc" || body["version"]?.GetValue<int>() != 1)
            {
                return new LoopbackResponse(400, """{"errorMessages":[],"errors":{"comment":"Comment body is not valid!"}}""");
            }

            var comment = Comment(match.Groups[1].Value, body.DeepClone());
            list.Add(comment);
            return new LoopbackResponse(201, comment.ToJsonString());
        }
    }

    private JsonObject Comment(string issue, JsonNode body)
    {
        var id = nextId++;
        return new JsonObject
        {
            ["self"] = $"{Site}/rest/api/3/issue/{issue}/comment/{id}",
            ["id"] = id.ToString(CultureInfo.InvariantCulture),
            ["author"] = new JsonObject { ["accountId"] = "5b10a2844c20165700ede21g", ["displayName"] = "ChatOps" },
            ["body"] = body,
            ["created"] = "2026-01-05T09:00:00.000+0000",
        };
    }

    private static JsonObject Doc(string text) => new()
    {
        ["type"] = "doc", ["version"] = 1,
        ["content"] = new JsonArray(new JsonObject { ["type"] = "paragraph", ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = text }) }),
    };

    [GeneratedRegex("^/rest/api/3/issue/([A-Z][A-Z0-9]+-\\d+)$")]
    private static partial Regex IssuePath();

    [GeneratedRegex("^/rest/api/3/issue/([A-Z][A-Z0-9]+-\\d+)/comment$")]
    private static partial Regex CommentsPath();
}
