using System.Globalization;

namespace Sitrep.Core.Text.Input;

/// Publication dates as inputs write them: "2016-10-03" or an ISO timestamp "2016-10-03T08:00:00Z".
internal static class IsoDate
{
    public static bool TryParse(string? raw, out DateOnly date)
    {
        date = default;
        if (raw is null) return false;
        raw = raw.Trim();
        if (raw.Length < 10) return false;
        if (!DateOnly.TryParseExact(raw.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return false;
        if (raw.Length > 10)
        {
            // The date is taken as written, not converted to UTC or local time: "2016-10-03T23:30:00-05:00" was
            // published on 3 October where it was written. The time part is only checked, so typos are reported.
            if (raw[10] is not ('T' or 't' or ' ')) return false;
            if (!DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) return false;
        }
        date = day;
        return true;
    }
}
