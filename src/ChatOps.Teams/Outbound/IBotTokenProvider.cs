namespace ChatOps.Teams.Outbound;

/// <summary>Bearer tokens for calls to the Bot Connector; null in Emulator mode (no app id), where calls go unauthenticated.</summary>
public interface IBotTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken = default);
}
