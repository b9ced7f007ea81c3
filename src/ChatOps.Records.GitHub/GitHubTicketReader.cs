using System.Text;
using ChatOps.Core.Conversations;
using ChatOps.Core.Evidence;
using Octokit;

namespace ChatOps.Records.GitHub;

/// <summary>Reads a GitHub issue and its comments as a <c>ticket</c> source; null when the ticket is not a GitHub issue or does not exist.</summary>
/// <remarks>Tickets look like <c>owner/name#12</c>, or <c>#12</c> in <paramref name="defaultRepository"/>.</remarks>
public sealed class GitHubTicketReader(IGitHubClient client, string? defaultRepository = null) : ITicketReader
{
    public async Task<Source?> ReadAsync(string ticket, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (!ticket.Contains('#', StringComparison.Ordinal) || GitHubIssueReference.Parse(ticket, defaultRepository) is not { } issueRef)
        {
            return null;
        }

        Issue issue;
        try
        {
            issue = await client.Issue.Get(issueRef.Owner, issueRef.Name, issueRef.Number);
        }
        catch (NotFoundException)
        {
            return null;
        }

        var comments = await client.Issue.Comment.GetAllForIssue(issueRef.Owner, issueRef.Name, issueRef.Number);
        var text = new StringBuilder($"{issueRef.Owner}/{issueRef.Name}#{issueRef.Number} {issue.Title}. State: {issue.State.StringValue}.");
        if (!string.IsNullOrWhiteSpace(issue.Body))
        {
            text.Append('\n').Append(issue.Body.Trim());
        }

        foreach (var comment in comments)
        {
            text.Append('\n').Append($"[{comment.CreatedAt:yyyy-MM-dd HH:mm 'UTC'}] {comment.User?.Login}: {comment.Body?.Trim()}");
        }

        // Labels say how far the issue may travel; a model endpoint's clearance is checked against it.
        return new Source(ticket, SourceKind.Ticket, $"{issueRef.Owner}/{issueRef.Name}#{issueRef.Number} {issue.Title}", issue.HtmlUrl, text.ToString())
        {
            Sensitivity = SensitivityLabels.Of(issue.Labels?.Select(l => l.Name) ?? []),
        };
    }
}
