using System.Globalization;
using Sitrep.Core.Text;

namespace Sitrep.Cli.Bench;

/// Distinct short conflict reports, each a different incident, for benchmarks and crash tests: none is a
/// duplicate of another, and together they exercise every stage (places, dates, actors, casualties).
public static class SyntheticArticles
{
    static readonly string[] Towns = ["Kunduz", "Ghazni", "Quetta", "Peshawar", "Mogadishu", "Gao", "Maiduguri", "Aleppo", "Kabul", "Lahore"];
    static readonly string[] Acts = ["attacked a police checkpoint", "ambushed an army convoy", "stormed a government office", "fired on a patrol"];

    /// Background a 2 KB news report carries around its incident: people, places, numbers and dates that are not events.
    static readonly string[] Context =
    [
        "Residents said the district had been calm for several weeks before the incident.",
        "Schools and shops in the area remained closed on the following day, according to local traders.",
        "The provincial governor called an emergency meeting with security officials and tribal elders.",
        "Last year the same road was closed for three months after heavy flooding damaged two bridges.",
        "Aid agencies said more than 2,000 families had moved to the city since the start of the year.",
        "A spokesman for the interior ministry said an investigation had been opened.",
        "The region has a population of about 1.2 million, most of whom depend on farming.",
        "Elections for the provincial council are due in October, the electoral commission said.",
        "Officials said reinforcements had been sent from the capital on Tuesday.",
        "Traffic on the main highway resumed in the evening, witnesses told reporters.",
        "The United Nations has repeatedly called on all parties to protect civilians.",
        "Local journalists said telephone lines in the area were cut for several hours.",
    ];

    public static Article Make(int i)
    {
        var day = new DateOnly(2019, 1, 1).AddDays(i % 360);
        // Town and day vary independently, so most reports are distinct incidents and a few are repeats to merge.
        var incident = $"Gunmen {Acts[i % Acts.Length]} in {Towns[i / 360 % Towns.Length]} on {day.ToString("MMMM d", CultureInfo.InvariantCulture)}, " +
            $"killing {1 + (i % 9)} people and wounding {i % 5} others, officials said. Report number {i}.";
        // About 2 KB, as the speed targets are stated: the incident, then background in an order that varies.
        var text = incident + " " + string.Join(" ", Enumerable.Range(0, Context.Length).Select(k => Context[(k + i) % Context.Length]));
        return new Article($"a{i}", text, day.AddDays(1), "Synthetic Wire");
    }

    public static IEnumerable<Article> Many(int count, int first = 0) => Enumerable.Range(first, count).Select(i => Make(i));
}
