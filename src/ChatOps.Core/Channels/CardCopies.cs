using ChatOps.Core.Conversations;

namespace ChatOps.Core.Channels;

/// <summary>
/// Every message that shows a draft's approval card (the thread's and each approver's direct-message copy), per
/// channel, so a decision or a write-back outcome updates them all, not only the one clicked.
/// </summary>
public sealed class CardCopies(IPlaceBook book)
{
    /// <summary>Remembers that <paramref name="address"/> (the channel's own form, e.g. <c>C123|1790000001.000100</c>) shows the draft's card.</summary>
    public Task SaveAsync(string draftId, string channel, string address, CancellationToken cancellationToken = default) =>
        book.SavePlaceAsync(Scope(draftId, channel), address, address, cancellationToken);

    public Task<IReadOnlyList<string>> FindAsync(string draftId, string channel, CancellationToken cancellationToken = default) =>
        book.FindPlacesAsync(Scope(draftId, channel), cancellationToken);

    private static string Scope(string draftId, string channel) => $"card:{channel}:{draftId}";
}
