namespace ChatOps.Core.Conversations;

/// <summary>Makes draft ids: <c>d-</c> and 16 hex digits.</summary>
public static class DraftIds
{
    /// <summary>The id for the draft a delivery asks for: a re-run of the same delivery (after a crash) makes the same draft, not a second one.</summary>
    public static string From(string deliveryId)
    {
        ArgumentException.ThrowIfNullOrEmpty(deliveryId);
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(deliveryId));
        return "d-" + Convert.ToHexStringLower(hash)[..16];
    }

    public static string New(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return "d-" + Guid.CreateVersion7(time.GetUtcNow()).ToString("N")[..16];
    }
}
