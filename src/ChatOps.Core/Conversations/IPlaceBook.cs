namespace ChatOps.Core.Conversations;

/// <summary>
/// Where things were said, kept beside the ledger so any instance can find them again: the address of each thread
/// (to tell it later) and every copy of a draft's approval card (to update them all after a decision).
/// </summary>
public interface IPlaceBook
{
    /// <summary>Adds or replaces the place <paramref name="key"/> under <paramref name="scope"/>.</summary>
    Task SavePlaceAsync(string scope, string key, string address, CancellationToken cancellationToken = default);

    /// <summary>Every place saved under <paramref name="scope"/>, oldest first.</summary>
    Task<IReadOnlyList<string>> FindPlacesAsync(string scope, CancellationToken cancellationToken = default);
}
