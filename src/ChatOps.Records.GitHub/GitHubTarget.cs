using ChatOps.Core.Records;
using Octokit;

namespace ChatOps.Records.GitHub;

/// <summary>
/// Comments on the draft's GitHub issue. Before posting it reads the issue's comments for the request's marker, so a
/// retry after a crash never posts twice.
/// </summary>
public sealed class GitHubTarget(IGitHubClient client) : IWriteBackTarget
{
    public string Kind => Core.Policy.WriteBackTarget.GitHub;

    /// <summary>A client for github.com, or for a GitHub Enterprise server at <paramref name="server"/>, with a token.</summary>
    public static GitHubTarget Create(string token, Uri? server = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        var product = new ProductHeaderValue("ChatOps");
        var client = server is null ? new GitHubClient(product) : new GitHubClient(product, server);
        client.Credentials = new Credentials(token);
        return new GitHubTarget(client);
    }

    public async Task<WriteBackReceipt> WriteAsync(WriteBackRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var issue = GitHubIssueReference.Parse(request.Ticket, request.Setting("repository"))
            ?? throw new WriteBackException($"'{request.Ticket}' does not name a GitHub issue; use #123 or owner/name#123.", isTransient: false);
        try
        {
            var existing = await client.Issue.Comment.GetAllForIssue(issue.Owner, issue.Name, issue.Number);
            var found = existing.FirstOrDefault(c => c.Body?.Contains(request.Marker, StringComparison.Ordinal) == true);
            if (found is not null)
            {
                return new WriteBackReceipt(found.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), found.HtmlUrl, AlreadyPresent: true);
            }

            var comment = await client.Issue.Comment.Create(issue.Owner, issue.Name, issue.Number, WriteBackText.Markdown(request));
            return new WriteBackReceipt(comment.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), comment.HtmlUrl, AlreadyPresent: false);
        }
        catch (RateLimitExceededException ex)
        {
            throw new WriteBackException($"GitHub rate limit reached; it resets at {ex.Reset:O}.", isTransient: true, ex);
        }
        catch (AuthorizationException ex)
        {
            throw new WriteBackException("GitHub refused the token (401).", isTransient: false, ex);
        }
        catch (NotFoundException ex)
        {
            throw new WriteBackException($"GitHub has no issue {issue.Owner}/{issue.Name}#{issue.Number}, or the token cannot see it (404).", isTransient: false, ex);
        }
        catch (ApiException ex)
        {
            var status = (int)ex.StatusCode;
            throw new WriteBackException($"GitHub answered {status}.", isTransient: status is 408 or 429 or >= 500, ex);
        }
        catch (HttpRequestException ex)
        {
            throw new WriteBackException($"GitHub could not be reached: {ex.Message}", isTransient: true, ex);
        }
    }
}
