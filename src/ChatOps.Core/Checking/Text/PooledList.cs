using System.Buffers;

namespace ChatOps.Core.Checking.Text;

/// <summary>
/// A growable list of a check's own, on arrays rented from the shared pool and returned when the check ends: a
/// 10,000-statement draft's lines and blocks fill arrays above the large-object size, and each new one there counts
/// towards the next full garbage collection. References are cleared when an array goes back to the pool, so a
/// pooled array keeps nothing of a check alive.
/// </summary>
internal sealed class PooledList<T> : IDisposable
{
    private static readonly bool HoldsReferences = System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>();

    private T[] items;

    public PooledList(int capacity = 64)
    {
        items = ArrayPool<T>.Shared.Rent(Math.Max(capacity, 4));
    }

    public int Count { get; private set; }

    public T this[int index] => (uint)index < (uint)Count ? items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public void Add(T item)
    {
        if (Count == items.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(items.Length * 2);
            items.AsSpan(0, Count).CopyTo(larger);
            ArrayPool<T>.Shared.Return(items, HoldsReferences);
            items = larger;
        }

        items[Count++] = item;
    }

    public ReadOnlySpan<T> AsSpan() => items.AsSpan(0, Count);

    /// <summary>The items in an array of exactly their number (what a result keeps: no spare capacity, no growth copies).</summary>
    public T[] ToArray() => Count == 0 ? [] : items.AsSpan(0, Count).ToArray();

    public void Dispose()
    {
        var rented = items;
        items = [];
        Count = 0;
        if (rented.Length > 0)
        {
            ArrayPool<T>.Shared.Return(rented, HoldsReferences);
        }
    }
}
