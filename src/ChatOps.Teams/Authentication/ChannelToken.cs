namespace ChatOps.Teams.Authentication;

/// <summary>
/// What a cryptographically valid channel token says: its one audience (null unless the token names exactly one, as a
/// string), its serviceUrl, and the channel ids its signing key is endorsed for (taken from the same key-set fetch that
/// verified the signature).
/// </summary>
internal sealed record ChannelToken(string? Audience, string? ServiceUrl, IReadOnlyList<string> Endorsements)
{
    /// <summary>Compared exactly: <c>MSTEAMS</c> is not the <c>msteams</c> a key is endorsed for.</summary>
    public bool IsEndorsedFor(string? channelId) =>
        !string.IsNullOrEmpty(channelId) && Endorsements.Contains(channelId, StringComparer.Ordinal);
}
