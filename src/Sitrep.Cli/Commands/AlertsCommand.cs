using System.CommandLine;
using System.Globalization;
using Sitrep.Core.Store;

namespace Sitrep.Cli.Commands;

/// `sitrep alerts`: periods whose fatalities or events rise above the area's own history.
public static class AlertsCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var area = new Option<TallyArea>("--area") { Description = "country or admin1", DefaultValueFactory = _ => TallyArea.Country };
        var period = new Option<TallyPeriod>("--period") { Description = "week or month", DefaultValueFactory = _ => TallyPeriod.Month };
        var country = new Option<string?>("--country") { Description = "Only this country (ISO2, e.g. AF)" };
        var command = new Command("alerts", "List periods that rise above their own history (above every earlier period, or mean + 3 sd of the previous 12)") { db, area, period, country };
        command.SetAction(parse =>
        {
            using var store = CommonOptions.OpenStore(parse.GetValue(db)!);
            if (store is null) return 2;
            var alerts = store.Alerts(new TallyQuery(parse.GetValue(area), parse.GetValue(period), Country: parse.GetValue(country)));
            if (alerts.Count == 0)
            {
                Console.WriteLine("No alerts: no period rises above its own history (each area needs at least 3 earlier periods).");
                return 0;
            }
            Console.WriteLine($"{"period",-10} {"country",-7} {"admin1",-24} {"metric",-10} {"value",7} {"threshold",9}  reason");
            foreach (var a in alerts)
            {
                var reason = a.Reason == AlertReason.AboveAllEarlier ? $"above every one of {a.EarlierPeriods} earlier periods" : "above mean + 3 sd of the previous 12 periods";
                Console.WriteLine($"{a.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),-10} {a.Country,-7} {a.Admin1 ?? "",-24} {a.Metric.ToString().ToLowerInvariant(),-10} {a.Value,7} {a.Threshold,9:N1}  {reason}");
            }
            return 0;
        });
        return command;
    }
}
