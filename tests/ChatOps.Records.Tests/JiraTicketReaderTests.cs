using ChatOps.Core.Evidence;
using ChatOps.Records.Jira;
using ChatOps.Records.Tests.Fakes;

namespace ChatOps.Records.Tests;

public sealed class JiraTicketReaderTests : IAsyncDisposable
{
    private readonly FakeJiraCloud jira = new("INC-2041");
    private readonly HttpClient http = new();

    private JiraTicketReader Reader() => new(http, new Uri(jira.Site), new JiraOptions(PageSize: 2),
        name => name switch { "CHATOPS_JIRA_EMAIL" => FakeJiraCloud.Email, "CHATOPS_JIRA_API_TOKEN" => FakeJiraCloud.ApiToken, _ => null });

    [Fact]
    public async Task ReadAsync_IssueWithComments_IsATicketSourceHoldingThemAll()
    {
        jira.Describe("INC-2041", "Checkout errors in the EU", "Checkout API returning errors for 1,200 customers.");
        for (var i = 0; i < 3; i++)
        {
            jira.AddComment("INC-2041", $"update {i}: rolled back at 14:3{i} UTC");
        }

        var source = await Reader().ReadAsync("INC-2041");

        Assert.NotNull(source);
        Assert.Equal(("INC-2041", SourceKind.Ticket, $"{jira.Site}/browse/INC-2041"), (source.Id, source.Kind, source.Uri));
        Assert.Contains("Checkout API returning errors for 1,200 customers.", source.Text, StringComparison.Ordinal);
        Assert.Contains("update 2: rolled back at 14:32 UTC", source.Text, StringComparison.Ordinal);
        Assert.Contains("Status: In Progress.", source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_LabelledRestricted_CarriesThatSensitivity()
    {
        jira.Describe("INC-2041", "Payroll export failed", "Salary file for 40 people.");
        jira.Labels["INC-2041"] = ["payroll", "restricted"];

        var source = await Reader().ReadAsync("INC-2041");

        Assert.Equal(Sensitivity.Restricted, source!.Sensitivity);
    }

    [Theory]
    [InlineData("INC-9999")]
    [InlineData("acme/api#12")]
    public async Task ReadAsync_UnknownIssueOrNotAJiraKey_IsNull(string ticket) =>
        Assert.Null(await Reader().ReadAsync(ticket));

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await jira.DisposeAsync();
    }
}
