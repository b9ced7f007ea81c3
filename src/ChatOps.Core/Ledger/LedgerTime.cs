using System.Globalization;

namespace ChatOps.Core.Ledger;

/// <summary>The one text form of ledger timestamps: UTC, fixed width, so text order is time order in every store.</summary>
public static class LedgerTime
{
    private const string Pattern = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Format(DateTimeOffset at) => at.UtcDateTime.ToString(Pattern, CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string at) =>
        DateTimeOffset.ParseExact(at, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
