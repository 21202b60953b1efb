using System.Globalization;

namespace Sitrep.Core.Text.Input;

/// Feed dates: RSS writes RFC 822 ("Mon, 03 Oct 2016 08:00:00 +0000"), Atom ISO 8601. Like page dates, the day is
/// taken as written, not moved to UTC: a report dated 23:30 local time was published that day where it was written.
internal static class FeedDate
{
    /// libraryParsed is the feed library's own reading, used when ours fails: it knows zone names such as "EST"
    /// and forgives a wrong weekday, at the cost of converting to UTC.
    public static bool TryParse(string? raw, DateTime? libraryParsed, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(raw)) return false;
        if (IsoDate.TryParse(raw, out date)) return true;
        if (DateTimeOffset.TryParse(raw.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var stamped))
        {
            date = DateOnly.FromDateTime(stamped.DateTime);
            return true;
        }
        if (libraryParsed is { } parsed)
        {
            date = DateOnly.FromDateTime(parsed);
            return true;
        }
        return false;
    }
}
