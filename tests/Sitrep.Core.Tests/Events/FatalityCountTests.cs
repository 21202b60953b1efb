using Sitrep.Core.Events;

namespace Sitrep.Core.Tests.Events;

/// How many dead a report's main event counts, run through the whole pipeline on our own example reports: groups of
/// victims added, a victim who died later counted in the incident that hurt him, attackers and arrests left out.
public class FatalityCountTests
{
    public static TheoryData<string, int?> Cases => new()
    {
        // Victim groups, each with its own words, joined by "and", add up.
        { "Four Afghan border policemen and a Taliban commander were killed in a firefight in Spin Boldak district on Monday.", 5 },
        { "At least 9 suspected insurgents and two soldiers were killed in a gun battle near Kunduz on Monday.", 11 },
        { "On Monday, an army major and three rebels of the separatist front were killed in a clash near Jaffna.", 4 },
        // A count right after a verb is what the verb did, not another group of dead.
        { "Police arrested 5 protesters and two were killed when shots were fired at a rally in Nairobi on Monday.", 2 },
        // One victim named before a relative clause died of the attack told in it.
        { "A rickshaw driver, who was hurt when militants threw a grenade at a market in Sopore on Sunday, died in a hospital in Srinagar on Tuesday.", 1 },
        // A victim who died in a hospital far away is counted in the incident that hurt him, not in a new one.
        { "A shopkeeper was injured when unidentified gunmen opened fire on his store in Quetta on Friday. He died at a hospital in Karachi on Sunday.", 1 },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Code_CasualtyReport_CountsTheDead(string text, int? killed) =>
        Assert.Equal(killed, CodedReports.MainEvent(text).Fatalities?.Best);

    /// The same incident must not be told as two: a later death joins the incident, leaving one current event.
    [Fact]
    public void Code_LaterDeathElsewhere_OneEvent()
    {
        var events = CodedReports.Run(Cases.Last().Data.Item1).Events.Where(e => e.Kind == RecordKind.Event).ToList();
        Assert.Single(events);
    }

    [FsCheck.Xunit.Property]
    public bool Code_AnyMixOfCasualtyReports_FatalityEvidenceLiesInsideText(byte[] picks)
    {
        var reports = Cases.Select(c => c.Data.Item1).ToArray();
        var text = string.Join(" ", (picks ?? []).Take(4).Select(p => reports[p % reports.Length]));
        var result = CodedReports.Run(text, "p");
        return result.Events.All(e => e.Evidence.All(ev => ev.Span.End <= text.Length && ev.Span.Of(text) == ev.Text));
    }
}
