using ChatOps.Core.Records;
using ChatOps.Records.GitHub;
using ChatOps.Records.Tests.Fakes;

namespace ChatOps.Records.Tests;

public sealed class GitHubTargetTests : IAsyncLifetime, IAsyncDisposable
{
    private int disposed;
    private readonly FakeGitHubApi github = new("acme/support#42");

    [Fact]
    public async Task WriteAsync_ApprovedDraft_PostsTextTrailAndSourcesAsOneComment()
    {
        var receipt = await Target().WriteAsync(Requests.For("#42", ("repository", "acme/support")));

        var body = Assert.Single(github.CommentsOn("acme/support#42"))["body"]!.GetValue<string>();
        Assert.False(receipt.AlreadyPresent);
        Assert.Contains("The outage ended at 10:42 UTC [S1].", body, StringComparison.Ordinal);
        Assert.Contains("- bob at 2026-01-05T09:00:00.0000000Z", body, StringComparison.Ordinal);
        Assert.Contains("https://tickets.example/SUP-1", body, StringComparison.Ordinal);
        Assert.Contains("<!-- chatops:wb:d1:abc123 -->", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_RetriedAfterACrash_FindsItsCommentAndDoesNotPostAgain()
    {
        var first = await Target().WriteAsync(Requests.For("acme/support#42"));

        var retry = await Target().WriteAsync(Requests.For("acme/support#42"));

        Assert.True(retry.AlreadyPresent);
        Assert.Equal(first.ExternalId, retry.ExternalId);
        Assert.Single(github.CommentsOn("acme/support#42"));
    }

    [Fact]
    public async Task WriteAsync_ServerError_IsTransient()
    {
        github.FailNext(502);

        var error = await Assert.ThrowsAsync<WriteBackException>(() => Target().WriteAsync(Requests.For("#42", ("repository", "acme/support"))));

        Assert.True(error.IsTransient);
        Assert.Empty(github.CommentsOn("acme/support#42"));
    }

    [Fact]
    public async Task WriteAsync_UnknownIssue_IsPermanentAndNamesTheIssue()
    {
        var error = await Assert.ThrowsAsync<WriteBackException>(() => Target().WriteAsync(Requests.For("#7", ("repository", "acme/support"))));

        Assert.False(error.IsTransient);
        Assert.Contains("acme/support#7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_WrongToken_IsPermanentAndDoesNotShowTheToken()
    {
        var error = await Assert.ThrowsAsync<WriteBackException>(() => Target("ghp_wrong").WriteAsync(Requests.For("#42", ("repository", "acme/support"))));

        Assert.False(error.IsTransient);
        Assert.DoesNotContain("ghp_wrong", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#12", "acme/support", "acme", "support", 12)]
    [InlineData("12", "acme/support", "acme", "support", 12)]
    [InlineData("other/repo#3", "acme/support", "other", "repo", 3)]
    public void Parse_TicketForms_NameTheIssue(string ticket, string repository, string owner, string name, int number) =>
        Assert.Equal(new GitHubIssueReference(owner, name, number), GitHubIssueReference.Parse(ticket, repository));

    [Fact]
    public void Parse_NotAnIssue_IsNull() => Assert.Null(GitHubIssueReference.Parse("SUP-12", "acme/support"));

    public Task InitializeAsync() => Task.CompletedTask;

    // xunit 2 disposes through IAsyncLifetime; IAsyncDisposable is there for the analyzers and runs the same once.
    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    public async Task DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        await github.DisposeAsync();
    }

    private GitHubTarget Target(string token = FakeGitHubApi.Token) => GitHubTarget.Create(token, github.Server.BaseAddress);
}
