using System.Globalization;

namespace ChatOps.Core.Ledger;

/// <summary>The one text form of ledger timestamps: UTC, fixed width, so text order is time order in every store.</summary>
public static class LedgerTime
{
    private const string Pattern = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>The most bytes <see cref="FormatUtf8"/> writes.</summary>
    public const int MaxUtf8Length = 28;

    public static string Format(DateTimeOffset at) => at.UtcDateTime.ToString(Pattern, CultureInfo.InvariantCulture);

    /// <summary>
    /// Writes <see cref="Format"/>'s text as UTF-8 into <paramref name="destination"/> (at least <see cref="MaxUtf8Length"/>
    /// bytes) and returns its length: the round-trip form of a UTC time is the same pattern, without parsing a custom one.
    /// </summary>
    public static int FormatUtf8(DateTimeOffset at, Span<byte> destination) =>
        at.UtcDateTime.TryFormat(destination, out var written, "O", CultureInfo.InvariantCulture)
            ? written
            : throw new ArgumentException($"Needs {MaxUtf8Length} bytes.", nameof(destination));

    public static DateTimeOffset Parse(string at) =>
        DateTimeOffset.ParseExact(at, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
