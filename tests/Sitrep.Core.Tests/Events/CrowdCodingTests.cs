using Sitrep.Core.Events;

namespace Sitrep.Core.Tests.Events;

/// The codebook's rules for crowds, run through the whole pipeline on our own example reports: when a protest
/// has an intervention, when it becomes a riot, when a crowd fights like a militia, and who the actors are.
public class CrowdCodingTests
{
    static ConflictEvent MainEvent(string text) => CodedReports.MainEvent(text);

    /// ACLED's interaction code: both actors' codes, smaller first (0 for a missing second actor).
    static string Interaction(ConflictEvent e)
    {
        var codes = new[] { e.Actor1?.Inter ?? 0, e.Actor2?.Inter ?? 0 }.Order().ToArray();
        return $"{codes[0]}{codes[1]}";
    }

    public static TheoryData<string, string, string> Cases => new()
    {
        // A protest whose crowd the police detain in the next sentence: one event, with intervention.
        { "Teachers staged a sit-in outside the education office in Kandy on Monday. Police detained twenty of them.", "Protest with intervention", "16" },
        // Police named only as where the march went: no intervention.
        { "Shopkeepers marched to the police station in Mombasa on Monday to demand better street lighting.", "Peaceful protest", "06" },
        // The same crowd fights the police afterwards: the protest became a violent demonstration.
        { "Students protested against higher fees in Nakuru on Monday. They later clashed with police near the campus.", "Violent demonstration", "15" },
        // A fight between village groups that kills is a battle between communal militias.
        { "Two people were killed on Monday in a clash between two groups of villagers over a land dispute in Kisumu.", "Armed clash", "44" },
        // The same fight with nobody killed is a riot between two crowds.
        { "Ten people were injured on Monday in a clash between two groups of villagers over a land dispute in Kisumu.", "Mob violence", "55" },
        // ...unless both sides fired guns at each other: communal militias in a battle.
        { "Ten people were injured on Monday when two groups of villagers clashed over a land dispute in Kisumu and opened fire at each other.", "Armed clash", "44" },
        // People no list names as a group, fighting the police without guns, are a crowd: a violent demonstration.
        { "Male passengers demanding a men-only train at Nakuru station on Monday clashed with the police.", "Violent demonstration", "15" },
        // A crowd that exchanges fire with the police fights as an armed group.
        { "Armed activists exchanged fire with police in Eldoret on Monday night.", "Armed clash", "13" },
        // Arson that hurt nobody, by nobody named: rioters alone.
        { "Three buses were set on fire in Mombasa on Monday night.", "Violent demonstration", "05" },
        // Unknown attackers who burn passengers with a petrol bomb attack civilians.
        { "Four passengers were injured when assailants hurled a petrol bomb at a bus in Mombasa on Monday.", "Attack", "37" },
        // A road blockade is a protest even without the word.
        { "Farmers blocked the highway near Nakuru on Monday, demanding higher maize prices.", "Peaceful protest", "06" },
        // The violence a protest demands justice for is its grievance, not the event.
        { "Demanding the arrest of the killers of a trader, residents staged a sit-in in Eldoret on Monday.", "Peaceful protest", "06" },
        // Violence told before the protest -- after a word of cause or outrage, or of the protesters' kin -- is what
        // the protest is about.
        { "After a girl was raped and thrown off a bus, her family staged a protest outside the hospital in Eldoret on Monday.", "Peaceful protest", "06" },
        { "Outraged by the killing of two herders by rangers, villagers staged a protest in Eldoret on Monday.", "Peaceful protest", "06" },
        { "Relatives of a boy who was abducted by gunmen held a sit-in outside the police station in Eldoret on Monday.", "Peaceful protest", "06" },
        // Tribesmen who march are protesters, not a militia.
        { "Hundreds of tribesmen protested in Garissa on Monday against the closure of a border market.", "Peaceful protest", "06" },
        // An arrest told with the protest it ended is the protest, with intervention.
        { "Forty farmers were arrested in Nakuru on Monday for blocking the highway.", "Protest with intervention", "16" },
        // An arrest that caused the protest is its grievance, not an intervention in it.
        { "Students protested in Nakuru on Monday after a classmate was arrested for a social media post.", "Peaceful protest", "06" },
        // Police breaking up a march intervene in it.
        { "Police broke up a march by nurses in Nakuru on Monday.", "Protest with intervention", "16" },
        // A protest word stands whoever is named beside it: a coalition of unions protests, it is no foreign force.
        { "A coalition of teachers' unions staged a rally in front of parliament in Nairobi on Monday.", "Peaceful protest", "06" },
        // Burning an effigy or tyres is a protest's symbol, not a riot; a crowd called a mob that protests, protests.
        { "Party workers torched an effigy of the minister in Nakuru on Monday.", "Peaceful protest", "06" },
        { "A mob of angry students protested outside the police station in Nakuru on Monday.", "Peaceful protest", "06" },
        // Policemen hurt at a protest mean the crowd fought.
        { "Residents protested against a landfill in Nakuru on Monday. Police moved in to disperse them and three policemen were injured.", "Violent demonstration", "15" },
        // Both sides named after the clash word.
        { "Clashes erupted between protesters and the police in Nakuru on Monday.", "Violent demonstration", "15" },
        // A riot in which the police made arrests has the police as its second side.
        { "Rioters torched two shops in Nakuru on Monday. Police arrested several rioters.", "Violent demonstration", "15" },
        // Stones thrown after a fight between groups belong to that fight.
        { "Two groups of villagers clashed over grazing land in Kisumu on Monday. The mob later torched three houses.", "Mob violence", "55" },
        // Live fire on a peaceful protest is excessive force; on rioters who stoned the police it stays a riot.
        { "Police opened fire on a peaceful sit-in in Eldoret on Monday, killing three protesters.", "Excessive force against protesters", "16" },
        { "Rioters pelted police with stones in Eldoret on Monday and police opened fire, killing three.", "Violent demonstration", "15" },
    };

    /// Sub-types of armed and strategic events from the words ACLED's definitions use, and what is no event at all.
    public static TheoryData<string, string?> SubTypeCases => new()
    {
        // An attack on an armed post is a battle with the men who hold it.
        { "Militants attacked a police checkpoint in Garissa on Monday, killing two officers.", "Armed clash" },
        // An attack on people who are not armed stays an attack.
        { "Gunmen attacked a bus in Garissa on Monday, killing two passengers.", "Attack" },
        // Weapons found before use.
        { "Police found a cache of rifles and explosives in a house in Garissa on Monday.", "Disrupted weapons use" },
        // A new post set up by an army.
        { "The army has set up a new observation post near Garissa.", "Headquarters or base established" },
        // Two sides agreeing to stop fighting.
        { "The government and the rebels agreed to resume peace talks in Nairobi on Monday.", "Agreement" },
        // Forces on two sides of a border firing at each other.
        { "Armenian and Azerbaijani troops exchanged heavy fire along the border on Monday.", "Armed clash" },
        // Rebels who take a town overtake territory; an army that retakes it regains it.
        { "Rebels captured the town of Bunia on Monday after a day of fighting.", "Non-state actor overtakes territory" },
        { "Government troops recaptured the town of Bunia from the rebels on Monday.", "Government regains territory" },
        { "Rebels recaptured a village near Bunia on Monday, days after the army had seized it.", "Non-state actor overtakes territory" },
        // Driving the holders "from" a village takes it back; a port is ground too.
        { "Government troops drove the rebels from a key village near Bunia on Monday.", "Government regains territory" },
        { "Government forces captured the port of Kismayo on Monday.", "Government regains territory" },
        // A march that follows the capture in the same clause does not make the clause a protest.
        { "Government forces captured a town near Bunia on Monday and marched deeper into rebel territory.", "Government regains territory" },
        // Ground fought over is not ground taken.
        { "Two groups of traders clashed over taking control of a market in Bunia on Monday.", "Mob violence" },
        // Shelling the other side answered with fire is a battle.
        { "Troops shelled rebel positions near Bunia on Monday and the rebels returned fire.", "Armed clash" },
        // Ground left by one side and taken by the other without a fight changed hands peacefully.
        { "Rebels took control of the town of Bunia on Monday without a fight after the army withdrew.", "Non-violent transfer of territory" },
        // A party's candidate shot by gunmen is a civilian victim, not a side in a battle.
        { "Gunmen shot dead a BJP candidate outside his house in Patna on Monday.", "Attack" },
        // A shooting that hit nobody is still an attack, not a riot.
        { "A gunman fired at a passing car near Hebron on Friday.", "Attack" },
        // Warplanes that bomb are an air strike; poison gas fired is a chemical weapon, gas that leaked is an accident.
        { "Warplanes pounded a village near Idlib on Monday, killing nine civilians.", "Air/drone strike" },
        { "Government forces used poison gas in an attack on a rebel-held suburb on Monday.", "Chemical weapon" },
        { "Poisonous gas leaked from a fertiliser plant in Garissa on Monday, killing two workers.", null },
        { "A survey drone filmed the landslides left by the earthquake near Garissa.", null },
        // A bomber who died by his own device is a suicide bomb; sides agreeing to a truce is an agreement.
        { "Two militants detonated explosives near a police station in Garissa on Monday, killing themselves.", "Suicide bomb" },
        { "The army and the rebels agreed to a temporary ceasefire near Bunia on Monday.", "Agreement" },
        // Weapons found before use, whatever the weapon.
        { "Police recovered twenty grenades and a rifle from a farm near Garissa on Monday.", "Disrupted weapons use" },
        // Troops moved, not fighting.
        { "The army deployed reinforcements to the border near Mandera on Monday.", "Change to group/activity" },
        // Disasters and accidents are not political violence, however many they kill.
        { "An explosion at a fireworks warehouse in Garissa killed seven workers on Monday.", null },
        { "Twelve people died of alcohol poisoning in Garissa on Monday.", null },
        { "A gas tank exploded at a chemical plant in Garissa on Monday. The blast killed four workers.", null },
        { "Firefighters are winning their battle against the wildfires near Garissa.", null },
    };

    /// Victims told as more besides those counted add up; a second report of the same toll does not.
    public static TheoryData<string, int> TollCases => new()
    {
        { "Militants attacked a police post in Garissa on Monday, killing two officers. Five militants were also killed.", 7 },
        { "Militants attacked a police post in Garissa on Monday, killing two officers. The two officers died on the spot.", 2 },
    };

    [Fact]
    public void Code_PeacefulProtestAfterDeaths_HasNoFatalities()
    {
        var e = MainEvent("Residents protested in Nakuru on Monday after five people died from drinking tainted liquor.");
        Assert.Equal(("Peaceful protest", (int?)null), (e.SubEventType, e.Fatalities?.Best));
    }

    [Theory, MemberData(nameof(TollCases))]
    public void Code_TollsOfOneEvent_AddOnlyWhenToldAsMore(string text, int killed)
    {
        var e = MainEvent(text);
        Assert.Equal(killed, e.Fatalities?.Best);
    }

    [Theory, MemberData(nameof(SubTypeCases))]
    public void Code_Report_HasCodebookSubType(string text, string? subType)
    {
        var events = CodedReports.Run(text).Events
            .Where(e => e.Kind == RecordKind.Event && e.TemporalStatus == TemporalStatus.Current).ToList();
        Assert.Equal(subType, events.OrderByDescending(e => e.Confidence).FirstOrDefault()?.SubEventType);
    }

    [Theory, MemberData(nameof(Cases))]
    public void Code_CrowdReport_FollowsCodebook(string text, string subType, string interaction)
    {
        var e = MainEvent(text);
        Assert.Equal((subType, interaction), (e.SubEventType, Interaction(e)));
    }

    [FsCheck.Xunit.Property]
    public bool Code_AnyMixOfCrowdReports_EvidenceLiesInsideText(byte[] picks)
    {
        var reports = Cases.Select(c => c.Data.Item1).ToArray();
        var text = string.Join(" ", (picks ?? []).Take(4).Select(p => reports[p % reports.Length]));
        var result = CodedReports.Run(text, "p");
        return result.Events.All(e => e.Evidence.All(ev => ev.Span.End <= text.Length && ev.Span.Of(text) == ev.Text));
    }
}
