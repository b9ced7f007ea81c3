using ChatOps.Core.Evidence;
using ChatOps.Records.GitHub;
using ChatOps.Records.Tests.Fakes;
using Octokit;

namespace ChatOps.Records.Tests;

public sealed class GitHubTicketReaderTests : IAsyncDisposable
{
    private readonly FakeGitHubApi github = new("acme/support#42");

    private GitHubTicketReader Reader() => new(
        new GitHubClient(new ProductHeaderValue("ChatOps"), github.Server.BaseAddress) { Credentials = new Credentials(FakeGitHubApi.Token) },
        defaultRepository: "acme/support");

    [Fact]
    public async Task ReadAsync_IssueWithComments_IsATicketSourceHoldingThemAll()
    {
        github.Describe("acme/support#42", "Checkout errors in the EU", "Checkout API returning errors for 1,200 customers.");
        github.AddComment("acme/support#42", "dana", "rolled back v2.3.1 at 14:31 UTC");

        var source = await Reader().ReadAsync("#42");

        Assert.NotNull(source);
        Assert.Equal(("#42", SourceKind.Ticket, "https://github.example/acme/support/issues/42"), (source.Id, source.Kind, source.Uri));
        Assert.Contains("Checkout API returning errors for 1,200 customers.", source.Text, StringComparison.Ordinal);
        Assert.Contains("dana: rolled back v2.3.1 at 14:31 UTC", source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_LabelledConfidential_CarriesThatSensitivity_UnlabelledIsInternal()
    {
        github.Describe("acme/support#42", "Customer data export", "Export for one customer.");
        var unlabelled = await Reader().ReadAsync("#42");
        github.Labels["acme/support#42"] = ["bug", "sensitivity:confidential", "public"];

        var labelled = await Reader().ReadAsync("#42");

        Assert.Equal(Sensitivity.Internal, unlabelled!.Sensitivity);
        Assert.Equal(Sensitivity.Confidential, labelled!.Sensitivity);
    }

    [Theory]
    [InlineData("acme/support#43")]
    [InlineData("INC-2041")]
    public async Task ReadAsync_UnknownIssueOrNotAGitHubIssue_IsNull(string ticket) =>
        Assert.Null(await Reader().ReadAsync(ticket));

    public ValueTask DisposeAsync() => github.DisposeAsync();
}
