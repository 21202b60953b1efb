using Sitrep.Core.Entities;
using Sitrep.Core.Events;

namespace Sitrep.Core.Tests.Events;

/// Sub-types the codebook names for our own example reports, run through the whole pipeline: who an attack's
/// unknown gunmen are, when a clash is a battle and when a riot, transfers without a fight, surrenders, explosives
/// found before use, troop movements and looting.
public class SubTypeCodingTests
{
    static ConflictEvent MainEvent(string text) => CodedReports.MainEvent(text);

    public static TheoryData<string, string> Cases => new()
    {
        // Unknown gunmen told after the toll are the attackers, not an armed target: an attack on civilians.
        { "At least nine people were killed on Sunday after gunmen attacked a church in Kaduna.", "Attack" },
        // Government troops and named fighters clashing, told by activists: a battle, not a riot.
        { "Government troops and tribal fighters clashed in Sabha on Monday, activists said.", "Armed clash" },
        // Rivals fighting at a rally demonstrated violently; with no demonstration the crowd is a mob.
        { "Supporters of two parties clashed at a rally in Kumasi on Monday, leaving six injured.", "Violent demonstration" },
        // Ground taken after the holders pulled out, with nobody killed, was transferred, not fought over.
        { "Rebel fighters took control of the town of Kidal on Monday after government troops pulled out.", "Non-violent transfer of territory" },
        // Ground given up, or taken after the holders withdrew, without a fight is transferred.
        { "Army troops withdrew from the border town of Tessit on Monday, officials said.", "Non-violent transfer of territory" },
        { "Rebels took control of the town of Tessit on Monday after army troops withdrew from it.", "Non-violent transfer of territory" },
        // ...also with the day told between the verb and its "from"; a post found deserted is taken without a fight.
        { "Army troops withdrew on Monday from the border town of Tessit.", "Non-violent transfer of territory" },
        { "Rebels seized a deserted army site near Tessit on Monday.", "Non-violent transfer of territory" },
        // Shops burned, told in the passive, are property destroyed; goods carried off, looting.
        { "More foreign-owned shops were burned in Durban on Monday.", "Looting/property destruction" },
        { "A crowd broke into the relief warehouse in Calabar on Monday and made away with food.", "Looting/property destruction" },
        // Air defences reinforced are a change to the army's activity; only a strike stopped is a disrupted weapons use.
        { "The army reinforced its air defence systems along the border with Syria on Monday.", "Change to group/activity" },
        // Street words of South Asian reports; a killing told as "slaughtered" or a beating in the passive.
        { "Strike supporters took to the street and shut down the shops in Biratnagar on Monday.", "Peaceful protest" },
        { "Lawyers held a road roko in front of the court complex in Karur on Monday.", "Peaceful protest" },
        { "A party activist was slaughtered by rivals in Jessore on Monday night.", "Attack" },
        { "Ten villagers were beaten brutally by armed cadres in Senapati on Tuesday.", "Attack" },
        // Nepal's Maoist parties protest as parties, not as India's Maoist rebels.
        { "Cadres of the UCPN-Maoist chanted slogans against the draft constitution in Kathmandu on Tuesday.", "Peaceful protest" },
        // "after X clashed" reports the clash (a verb with its subject); a toll "over the past two days" is no tally.
        { "Violence continued in Howrah on Sunday after party supporters clashed with rivals.", "Mob violence" },
        { "Three people were killed in Sialkot in a series of firefights over the past two days.", "Armed clash" },
        // A past verb before its object is no modifier ("vandalized vehicles"), unlike "riot police".
        { "Party cadres vandalized vehicles owned by two newspapers in Biratnagar on Monday.", "Violent demonstration" },
        // "Gunmen attack police": the trigger is the verb of its subject, not a modifier of "police".
        { "Gunmen attack police in Kano as curfew begins on Monday.", "Armed clash" },
        // Border posts fired on are a battle.
        { "Pakistani Rangers fired at Indian border posts in Samba district on Monday and the Indian troops retaliated.", "Armed clash" },
        // Acts told around their object, or as a gerund after "after".
        { "Turkish jets destroyed weapon depots near Qandil on Sunday, the military said.", "Air/drone strike" },
        { "Government troops pushed the militants out of three villages near Afgoye on Sunday.", "Government regains territory" },
        { "The army has set up its eleventh observation point near Idlib, reporters said on Sunday.", "Headquarters or base established" },
        { "Rebels will advance on Al-Bab after seizing the town of Dabiq on Sunday.", "Non-state actor overtakes territory" },
        { "All soldiers aboard the truck were killed on Sunday when it hit a ground mine laid by the rebels near Saada.", "Remote explosive/landmine/IED" },
        // A mass grave found is an "other" strategic development, not a new attack.
        { "Investigators found a mass grave with the bodies of 30 villagers near Sinjar on Monday.", "Other" },
        // A surrender is an agreement in ACLED's codebook.
        { "Forty militants surrendered to the army in Maiduguri on Monday.", "Agreement" },
        // Mines destroyed before they went off, with nobody hurt: weapons use disrupted.
        { "Army engineers destroyed 120 landmines near Kandahar on Monday.", "Disrupted weapons use" },
        // A mine that went off and killed is still a mine blast.
        { "Two soldiers were killed when a landmine exploded near Kandahar on Monday.", "Remote explosive/landmine/IED" },
        // Troops sent to a region with no fighting told: a change to the group's activity.
        { "The army has mobilized thousands of troops along the border with Chad, officials said on Monday.", "Change to group/activity" },
        // Slogans chanted by a crowd with no other protest word are a protest.
        { "Nurses chanted slogans outside the health ministry in Accra on Monday, demanding unpaid wages.", "Peaceful protest" },
        // Police who stop the marchers intervene in the protest.
        { "Teachers marched towards the assembly in Kano on Monday but police stopped the marchers at the gate.", "Protest with intervention" },
        // Arson told around its object ("set two buses ablaze") by strikers is a riot; by rebels, property destroyed.
        { "Strikers set three lorries ablaze on the highway outside Mombasa on Monday.", "Violent demonstration" },
        { "Rebels set the village school on fire near Beni on Monday.", "Looting/property destruction" },
        // Violence named as what a protest is against is its grievance, not what the crowd did.
        { "Traders took out a rally in Sylhet on Monday to protest against the recent vandalism of their market.", "Peaceful protest" },
        // "Riot" describing the police names no riot.
        { "Riot police stood guard as nurses marched to the health ministry in Nairobi on Monday.", "Peaceful protest" },
        // A chase and counter-chase between marchers and the police is a fight: a violent demonstration.
        { "Students brought out a procession in Pabna on Monday. Police tried to stop them and a chase and counter-chase followed.", "Violent demonstration" },
        // A protest the police stopped as it began is a protest with intervention, not an arrest of its own.
        { "Traders attempted to demonstrate outside the town hall in Eldoret on Monday. However, police detained 30 of them.", "Protest with intervention" },
        // Laying siege to an office is a protest; an arrest in the clause about its demand is the grievance.
        { "Farmers laid siege to the bank office in Eldoret on Monday demanding the release of a farmer who was detained.", "Peaceful protest" },
        // Bombs thrown by a party's men are a riot; thrown by unknown attackers, remote violence.
        { "Activists of two rival party factions hurled bombs at each other in Howrah on Monday.", "Mob violence" },
        { "Unknown assailants hurled bombs at a bus in Khulna on Monday, injuring the driver.", "Remote explosive/landmine/IED" },
        // "Engaged ... in gunfire" is a clash told around its object; "chopped to death" an attack; "bombed" a blast.
        { "The army engaged the rebels in heavy gunfire near Lashio on Monday.", "Armed clash" },
        { "A local party leader was chopped to death by rivals in Bogra on Monday.", "Attack" },
        { "Militants bombed a girls' school in Bajaur on Monday.", "Remote explosive/landmine/IED" },
        // Deaths in the clause where the police broke up a march came of that force.
        { "Two marchers were killed in Omdurman on Monday when security forces used tear gas to disperse the protest.", "Excessive force against protesters" },
        // Guns and explosives turned on an armed post are a battle; shells alone, remote violence.
        { "Rebels attacked an army base near Lashio with gunfire and mortar shells on Monday.", "Armed clash" },
        { "Rebels fired mortar shells at an army base near Lashio on Monday.", "Shelling/artillery/missile attack" },
        // Shelling the other side answered is part of a battle.
        { "Indian forces shelled border villages near Sialkot on Monday and Pakistani troops responded with fire.", "Armed clash" },
        // A group that hacks a man to death or shoots him attacks him; one that beats people up with no weapon riots.
        { "A shopkeeper was hacked to death by a group of men in Kisumu on Monday.", "Attack" },
        { "A group of party supporters beat up two rivals in Kisumu on Monday.", "Mob violence" },
        // Weapons seized in a fight are part of the battle; "after a gunfight" tells the same incident, not an older one.
        { "Two rebels were killed in a gunfight with troops near Bunia on Monday and three rifles were seized.", "Armed clash" },
        { "A wounded rebel was arrested after a gunfight with troops near Bunia on Monday.", "Armed clash" },
        // An attack stopped before it struck is a disrupted weapons use; so is a drone brought down.
        { "Soldiers thwarted a suicide attack on a checkpoint in Bannu on Monday.", "Disrupted weapons use" },
        { "Air defences intercepted two drones over Erbil on Monday.", "Disrupted weapons use" },
        // A capture the group claims is reported, not referred to: "claimed" opens a complement, not a background phrase.
        { "The Karen rebels claimed to have recaptured an army outpost near Myawaddy on Monday.", "Non-state actor overtakes territory" },
        // Shops looted and then burnt: looting first, the property destroyed.
        { "Dozens of shops were looted and set alight in Kano on Monday night.", "Looting/property destruction" },
        // A fight whose cause was an accident is a fight, not the accident.
        { "Eight people were injured in a clash between two groups following a minor road accident in Kasese on Monday.", "Mob violence" },
        // Firing between two armies is a battle however it is worded.
        { "Firing between Ethiopian and Eritrean troops resumed along the border near Zalambessa on Monday.", "Armed clash" },
        // A beating told in the passive with its agent; arson with a long object between "set" and "ablaze".
        { "A local journalist was ruthlessly beaten by policemen in Mombasa on Monday.", "Attack" },
        { "Unknown assailants set the old district land revenue office ablaze in Gulu on Monday.", "Violent demonstration" },
        { "Rebels and police officers exchanged gunfire near Beni on Monday before the rebels fled.", "Armed clash" },
        // Shelling "in retaliation for" an older killing is one-sided: the retaliation is the shelling itself.
        { "Rebels shelled a government base near Kasese on Monday in retaliation for the killing of their commander.", "Shelling/artillery/missile attack" },
        // Shelling that both sides aim at each other is a battle, not one-sided remote violence.
        { "Ethiopian and Eritrean troops resorted to mortar shelling near Badme on Monday, targeting each other's positions.", "Armed clash" },
        // Jets that fire missiles, or an air force that destroys a target, strike from the air.
        { "Ethiopian jets fired missiles at a rebel camp near Mekele on Monday.", "Air/drone strike" },
        { "The Nigerian Air Force destroyed two rebel boats near Baga on Monday.", "Air/drone strike" },
        // Bricks thrown at the police are a riot; people hurt "in a firing incident" were shot at.
        { "Students threw bricks at the police outside the university in Eldoret on Monday.", "Violent demonstration" },
        { "Protesters threw projectiles at the police outside parliament in Nairobi on Monday.", "Violent demonstration" },
        { "An anti-government protester threw a Molotov cocktail during a demonstration near the parliament in Nairobi on Monday.", "Violent demonstration" },
        { "A councillor and his son were seriously injured in a firing incident in Garissa on Monday.", "Attack" },
        // An attack on the police by armed men is a battle in ACLED's coding, whatever weapon they threw.
        { "A police constable was injured as assailants hurled two petrol bombs at a police vehicle in Kisumu on Monday.", "Armed clash" },
        { "Forty militia fighters handed themselves in to the army in Bunia on Monday.", "Agreement" },
        { "Opposition youths held a mass meeting at the Uhuru grounds in Kisumu on Monday.", "Peaceful protest" },
        // Killings told with who did them are an incident even with no count; "by the rebels" names the agent too.
        { "Villagers were killed by the rebels near Beni on Monday.", "Attack" },
        // A scuffle is the mildest crowd violence; residents who attack a police team are a crowd fighting the police.
        { "A brief scuffle broke out between supporters of two parties in Kisumu on Monday.", "Mob violence" },
        { "A police team was attacked by residents of a village near Kisumu on Monday night.", "Violent demonstration" },
        // Villagers who beat thieves to death attacked them; that is no battle, whoever the thieves were.
        { "Three armed robbers were beaten to death by villagers near Garissa on Monday.", "Attack" },
        // A harm word with "after" gives the harm's cause, not an older event.
        { "A girl was killed after Ethiopian fire across the border near Badme on Monday.", "Shelling/artillery/missile attack" },
        // Houses burned with a count between verb and noun; a ceasefire signed with words between.
        { "Rebels burned 40 houses in a village near Beni on Monday.", "Looting/property destruction" },
        { "The government and five armed groups signed a nationwide ceasefire in Addis Ababa on Monday.", "Agreement" },
        // Copies of a law burned, or a tower climbed, are a protest's acts.
        { "Party cadres burnt copies of the draft law in Kisumu on Monday.", "Peaceful protest" },
        { "Two jobless graduates climbed a mobile tower in Eldoret on Monday, demanding jobs.", "Peaceful protest" },
        // A body found is a killing; a leak that is news, not gas, is no accident.
        { "The dead body of a trader was found in a ditch near Garissa on Monday.", "Attack" },
        { "A journalist who had leaked official documents was shot dead in Garissa on Monday.", "Attack" },
        // "held a demonstration" is a protest word proper: it stands beside the rebels who kidnapped the protesters' kin.
        { "Relatives of three traders who were kidnapped by the rebels held a demonstration in Beni on Monday.", "Peaceful protest" },
        // A demand a crowd makes in public is a protest; beside an act, it is what the act wants.
        { "Members of the nurses' union demanded the payment of their arrears in Accra on Monday.", "Peaceful protest" },
        { "Gunmen abducted two engineers near Warri on Monday, demanding a ransom.", "Abduction/forced disappearance" },
        { "Activists called for an end to dam building outside the town hall in Kisumu on Monday.", "Peaceful protest" },
        // Violence around a vote, told as such, is a crowd's.
        { "Election violence was reported in Kisumu and Eldoret on Monday.", "Mob violence" },
        // Armies are the state's forces; a clash where only the army is named is a battle with someone unnamed --
        // crowds fight the police, not the army.
        { "The militaries on two sides targeted each other's positions near Badme on Sunday night.", "Armed clash" },
        { "Army troops clashed near the border town of Kasese on Monday.", "Armed clash" },
        // People held, told in the passive with the group first, were arrested.
        { "Around 150 opposition activists were held in different districts of Kenya on Monday.", "Arrests" },
    };

    public static TheoryData<string, int> Tolls => new()
    {
        // The toll told beside the arrests that followed a clash is the clash's.
        { "Soldiers clashed with rebels near Kidal on Monday. One rebel was killed and three others were arrested.", 1 },
        // One victim told with an adverb inside "has been killed"; "all" before the count.
        { "A village chief has reportedly been killed by rebels near Beni on Monday.", 1 },
        { "Rebels killed all 6 men in the vehicle near Beni on Monday.", 6 },
        // Distinct victims told in two sentences add up.
        { "Three soldiers were killed when rebels attacked their patrol near Kidal on Monday. Two rebels were also killed.", 5 },
        // Part of a toll after "including" is not added to it.
        { "Eight villagers, including three children, were killed when gunmen attacked Koro on Monday.", 8 },
    };

    public static TheoryData<string, string, string> Sides => new()
    {
        // The policemen the clause counts among the dead were hit by the bomb; its unknown planters did it.
        { "Two policemen were killed when a bomb exploded at a market in Quetta on Monday.", "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan" },
        // The same with the victims told inside a larger toll.
        { "Five people including three soldiers were wounded in a bomb blast in Kandahar on Monday.", "Unidentified Armed Group (Afghanistan)", "Military Forces of Afghanistan" },
        // A bomb that killed people the text does not call armed hit civilians, its second side.
        { "Four people were killed when a bomb exploded at a bus stop in Quetta on Monday.", "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)" },
        // An air strike by nobody named is the state's; its dead militants are the other side.
        { "Ten militants were killed in air strikes near Miranshah on Monday.", "Military Forces of Pakistan", "Unidentified Armed Group (Pakistan)" },
        // "A constable", "one soldier": one man of the state forces, the target of the blast.
        { "A constable was killed in an IED blast in Sukma, Chhattisgarh on Monday.", "Unidentified Armed Group (India)", "Police Forces of India" },
        // A source told after the event ("police said") or who confirmed the toll took no part in it.
        { "Armed men attacked a bank in Mombasa on Monday, and four of the assailants were killed, police said.", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)" },
        { "Nine people were confirmed dead by the police after gunmen attacked a village in Benue state on Friday.", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)" },
        // Rioters who hurt passers-by have them as their second side.
        { "Party activists vandalised cars in Khulna on Monday, leaving two passers-by injured.", "Rioters (Bangladesh)", "Civilians (Bangladesh)" },
        // Soldiers who "were ambushed" suffered the ambush: an unnamed group did it, and it was a battle, not a riot.
        { "Three soldiers were ambushed near Bunia on Monday.", "Unidentified Armed Group (Democratic Republic of Congo)", "Military Forces of the Democratic Republic of Congo" },
        // Rebels who "were pushed back" lost the ground; with nobody named, the state's forces regained it.
        { "The rebels were pushed back from their strongholds near Bunia on Monday.", "Military Forces of the Democratic Republic of Congo", "Unidentified Armed Group (Democratic Republic of Congo)" },
        // Who found the dead did not kill them.
        { "Soldiers recovered two bodies from a village near Bunia on Monday.", "Unidentified Armed Group (Democratic Republic of Congo)", "Civilians (Democratic Republic of Congo)" },
        // Police ranks are the police; policemen hit by a crowd's weapons, or killed beside a passer-by, were the target.
        { "Unidentified assailants shot dead an assistant sub-inspector in Mombasa on Monday.", "Unidentified Armed Group (Kenya)", "Police Forces of Kenya" },
        { "A police constable was injured as assailants hurled two petrol bombs at a police vehicle in Kisumu on Monday.", "Unidentified Armed Group (Kenya)", "Police Forces of Kenya" },
        { "A policeman was killed and a passer-by injured when gunmen fired on them in Garissa on Monday.", "Unidentified Armed Group (Kenya)", "Police Forces of Kenya" },
    };

    /// "after the clashes": a noun after "after" refers back to an event told before; it reports none.
    [Fact]
    public void Code_ClashesNamedAfterAfter_AreNoNewEvent() =>
        Assert.DoesNotContain(CodedReports.Run("Shops stayed shut in Howrah on Monday after the clashes.").Events, e => e.Kind == RecordKind.Event);

    /// Stopping people, not an attack or a weapon, is no disrupted weapons use ("intercepted smugglers").
    [Theory]
    [InlineData("Coast guards intercepted 20 migrant smugglers off Zuwara on Sunday.")]
    [InlineData("Border guards thwarted an attempt to smuggle 40 migrants to Cyprus on Sunday.")]
    public void Code_PeopleStoppedNotAnAttack_NoDisruptedWeaponsUse(string text) =>
        Assert.DoesNotContain(CodedReports.Run(text).Events, e => e.SubEventType == "Disrupted weapons use");

    [Theory, MemberData(nameof(Sides))]
    public void Code_WhoDidItAndToWhom_FollowsTheCodebook(string text, string actor1, string actor2)
    {
        var e = MainEvent(text);
        Assert.Equal(actor1, e.Actor1?.Name);
        Assert.Equal(actor2, e.Actor2?.Name);
    }

    [Theory, MemberData(nameof(Tolls))]
    public void Code_TollToldInParts_CountsEachVictimOnce(string text, int killed) =>
        Assert.Equal(killed, MainEvent(text).Fatalities?.Best);

    /// Weapons tested or developed hit nobody, and an attack only referred to is no new one: no event; a missile that
    /// hit a market is one.
    [Theory]
    [InlineData("North Korea carried out a ballistic missile test off its east coast on Monday.", null)]
    [InlineData("Japan imposed new sanctions on Monday over the missile programme and the nuclear test.", null)]
    [InlineData("A missile hit a market in Aden on Monday, killing five people.", "Shelling/artillery/missile attack")]
    // An attack named as what a measure answers, or as an accusation rejected, is no new event.
    [InlineData("The European countries expelled diplomats in response to the alleged nerve gas attack on a former spy in Salisbury.", null)]
    [InlineData("Military officials have rejected accusations of bombing a mosque in Aleppo province which killed at least 46 people.", null)]
    public void Code_WeaponsTestOrAttackReferredTo_IsNoEvent(string text, string? subType) =>
        Assert.Equal(subType, CodedReports.Run(text).Events.FirstOrDefault(e => e.Kind == RecordKind.Event)?.SubEventType);

    /// Arrests for ordinary crime are policing, not political violence; arrests of a party's activists stay events.
    [Theory]
    [InlineData("Border guards detained 34 migrants travelling in a lorry near Malaba on Saturday.", null)]
    [InlineData("Police arrested ten people with counterfeit notes worth a million shillings in Mombasa on Monday.", null)]
    [InlineData("Police arrested five opposition activists in Mombasa on Monday.", "Arrests")]
    public void Code_ArrestForOrdinaryCrime_IsNoEvent(string text, string? subType) =>
        Assert.Equal(subType, CodedReports.Run(text).Events.FirstOrDefault(e => e.Kind == RecordKind.Event)?.SubEventType);

    /// Missiles fired both ways are a battle between armed forces, never a street fight between crowds or villagers.
    [Fact]
    public void Code_MissilesFiredAtEachOther_NoCrowdOrCommunalSides()
    {
        var e = MainEvent("Unknown forces fired missiles at each other across the border near Badme on Monday.");
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.DoesNotContain(new[] { e.Actor1?.Kind, e.Actor2?.Kind }, k => k is ActorKind.Rioters or ActorKind.IdentityMilitia);
    }

    /// The dead of what an attack avenged are that older event's toll, not the attack's.
    [Fact]
    public void Code_AttackInRetaliationForKillings_DoesNotCountTheirDead() =>
        Assert.Null(MainEvent("Rebels attacked a police post near Kasese on Monday in retaliation for the killing of three fighters last month.").Fatalities);

    public static TheoryData<string, int> LaterDeaths => new()
    {
        { "A party activist was beaten up by rivals in Khulna on Monday. He died in hospital on Wednesday.", 1 },
        { "Seven people were killed when gunmen attacked a bus in Jos on Monday. Another passenger died in hospital on Tuesday.", 8 },
    };

    [Theory, MemberData(nameof(LaterDeaths))]
    public void Code_VictimDiesOnALaterDay_CountedInTheIncident(string text, int killed)
    {
        var events = CodedReports.Run(text).Events.Where(e => e.Kind == RecordKind.Event).ToList();
        Assert.Equal(killed, Assert.Single(events).Fatalities?.Best);
    }

    [Theory, MemberData(nameof(Cases))]
    public void Code_CodebookExample_HasSubType(string text, string subType) =>
        Assert.Equal(subType, MainEvent(text).SubEventType);
}
