namespace Sitrep.Core.Store;

/// The columns of an event that tallies need.
sealed class TallyRow
{
    public string country { get; set; } = "";
    public string? admin1 { get; set; }
    public string event_date { get; set; } = "";
    public long? fatalities_best { get; set; }
    public long? injuries_best { get; set; }
}
