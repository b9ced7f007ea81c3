using ChatOps.Core.Records;
using ChatOps.Records.Jira;
using ChatOps.Records.Tests.Fakes;

namespace ChatOps.Records.Tests;

public sealed class JiraTargetTests : IAsyncLifetime, IAsyncDisposable
{
    private int disposed;
    private readonly FakeJiraCloud jira = new("SUP-1");
    private readonly HttpClient http = new();

    [Fact]
    public async Task WriteAsync_ApprovedDraft_PostsAnAdfCommentWithTrailSourcesAndMarker()
    {
        var receipt = await Target().WriteAsync(Requests.For("SUP-1", ("site", jira.Site)));

        var body = Assert.Single(jira.CommentsOn("SUP-1"))["body"]!.ToJsonString();
        Assert.False(receipt.AlreadyPresent);
        Assert.StartsWith(jira.Site + "/rest/api/3/issue/SUP-1/comment/", receipt.Url, StringComparison.Ordinal);
        Assert.Contains("We will send the postmortem by Friday [S2].", body, StringComparison.Ordinal);
        Assert.Contains("bob at 2026-01-05T09:00:00.0000000Z", body, StringComparison.Ordinal);
        Assert.Contains("\"href\":\"https://tickets.example/SUP-1\"", body, StringComparison.Ordinal);
        Assert.Contains("chatops:wb:d1:abc123", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_MarkerOnALaterPage_IsFoundAndNothingIsPostedAgain()
    {
        for (var i = 0; i < 5; i++)
        {
            jira.AddComment("SUP-1", $"earlier comment {i}");
        }

        await Target().WriteAsync(Requests.For("SUP-1", ("site", jira.Site)));
        jira.AddComment("SUP-1", "a later comment");

        var retry = await Target(pageSize: 2).WriteAsync(Requests.For("SUP-1", ("site", jira.Site)));

        Assert.True(retry.AlreadyPresent);
        Assert.Equal(7, jira.CommentsOn("SUP-1").Count);
    }

    [Fact]
    public async Task WriteAsync_RateLimited_IsTransient()
    {
        jira.FailNext(429);

        var error = await Assert.ThrowsAsync<WriteBackException>(() => Target().WriteAsync(Requests.For("SUP-1", ("site", jira.Site))));

        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task WriteAsync_UnknownIssue_IsPermanent()
    {
        var error = await Assert.ThrowsAsync<WriteBackException>(() => Target().WriteAsync(Requests.For("SUP-404", ("site", jira.Site))));

        Assert.False(error.IsTransient);
        Assert.Contains("404", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_MissingCredentials_IsPermanentAndNamesTheVariables()
    {
        var target = new JiraTarget(http, new JiraOptions(), _ => null);

        var error = await Assert.ThrowsAsync<WriteBackException>(() => target.WriteAsync(Requests.For("SUP-1", ("site", jira.Site))));

        Assert.False(error.IsTransient);
        Assert.Contains("CHATOPS_JIRA_API_TOKEN", error.Message, StringComparison.Ordinal);
        Assert.Empty(jira.Server.Requests);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // xunit 2 disposes through IAsyncLifetime; IAsyncDisposable is there for the analyzers and runs the same once.
    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    public async Task DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        http.Dispose();
        await jira.DisposeAsync();
    }

    private JiraTarget Target(int pageSize = 100) => new(http, new JiraOptions(PageSize: pageSize), name => name switch
    {
        "CHATOPS_JIRA_EMAIL" => FakeJiraCloud.Email,
        "CHATOPS_JIRA_API_TOKEN" => FakeJiraCloud.ApiToken,
        _ => null,
    });
}
