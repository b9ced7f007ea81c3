using System.Globalization;

namespace ChatOps.Core.Stats;

/// <summary>Reads a "since" as people write it: <c>7d</c>, <c>4w</c>, <c>all</c>, or a date <c>2026-01-05</c>.</summary>
public static class StatsSince
{
    /// <summary>The first UTC day to include (null for all), or an error naming the accepted forms.</summary>
    public static bool TryParse(string? text, DateTimeOffset now, out DateOnly? since, out string? error)
    {
        since = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text) || text.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var trimmed = text.Trim();
        if (trimmed.Length >= 2 && int.TryParse(trimmed.AsSpan(0, trimmed.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 36_500)
        {
            var days = char.ToLowerInvariant(trimmed[^1]) switch { 'd' => n, 'w' => n * 7, _ => -1 };
            if (days > 0)
            {
                // "7d" is today and the six days before it.
                since = today.AddDays(1 - days);
                return true;
            }
        }

        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            since = date;
            return true;
        }

        error = $"\"{text}\" is not a period; use a number of days or weeks (7d, 4w), a date (2026-01-05) or all.";
        return false;
    }
}
