namespace ChatOps.Teams.Authentication;

/// <summary>
/// What a cryptographically valid channel token says: its audiences and serviceUrl, and the channel ids its signing
/// key is endorsed for (taken from the same key-set fetch that verified the signature).
/// </summary>
internal sealed record ChannelToken(IReadOnlyList<string> Audiences, string? ServiceUrl, IReadOnlyList<string> Endorsements)
{
    public bool IsEndorsedFor(string? channelId) =>
        !string.IsNullOrEmpty(channelId) && Endorsements.Contains(channelId, StringComparer.OrdinalIgnoreCase);
}
