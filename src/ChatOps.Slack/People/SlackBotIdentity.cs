using ChatOps.Slack.Outbound;
using ChatOps.Slack.Wire;

namespace ChatOps.Slack.People;

/// <summary>The bot's own identity in its workspace (<c>auth.test</c>), asked once and kept while the host runs.</summary>
internal sealed class SlackBotIdentity(ISlackWebApi slack)
{
    private AuthTestResponse? known;

    public async Task<AuthTestResponse> GetAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref known) is { } me)
        {
            return me;
        }

        // Two workers asking at once both call auth.test; the answers are the same, so whichever lands first is kept.
        var answer = await slack.AuthTestAsync(cancellationToken);
        return Interlocked.CompareExchange(ref known, answer, null) ?? answer;
    }
}
