using Sitrep.Core.Events;
using Sitrep.Core.Numbers;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Events;

public class CasualtyReaderTests
{
    static readonly CasualtyReader Reader = CasualtyReader.CreateDefault();
    static readonly QuantityRecognizer Quantities = QuantityRecognizer.CreateDefault();

    static (int? Killed, int? Injured) Read(string text)
    {
        var tokens = Tokenizer.Instance.Tokenize(text);
        var figures = Reader.Read(tokens, Quantities.Find(text, new TextSpan(0, text.Length)));
        return (figures.FirstOrDefault(f => f.Kind == CasualtyKind.Death)?.Count.Best,
                figures.FirstOrDefault(f => f.Kind == CasualtyKind.Injury)?.Count.Best);
    }

    public static TheoryData<string, int?, int?> Cases => new()
    {
        { "Close to 75 residents were killed and hundreds more hurt in the fighting", 75, 100 },
        // A count after "including" is part of the toll before it, never added to it.
        { "Fourteen villagers, including five women, were killed in the raid", 14, null },
        { "Six policemen, including two inspectors, were injured in the blast", null, 6 },
        // A count after "by" names the attackers.
        { "A shopkeeper was beaten by three men and later succumbed to his injuries", 1, null },
        // A count before an active verb with its object counts the killers, not the victims.
        { "At least ten armed men shot dead a village headman", 1, null },
        { "Five gunmen killed two policemen at a checkpoint", 2, null },
        // Victims named one by one and joined by "and" count one each.
        { "A farmer and his wife were killed when the shell hit their house", 2, null },
        { "A soldier and a porter were injured in the ambush", null, 2 },
        { "The driver of the lorry and his cleaner were killed when the bomb hit", 2, null },
        { "Opposition councillor Rahim Khan along with his bodyguard were shot dead near the market", 2, null },
        { "A soldier was injured in the ambush", null, 1 },
        { "a US airstrike hit a hospital, killing 42 people including patients", 42, null },
        { "3 civilians were killed and 8 injured in the shelling", 3, 8 },
        { "8 soldiers and 12 militants were killed in the clash", 20, null },
        { "Two officers of the provincial constabulary were gunned down near the market", 2, null },
        { "A student was injured when a bomb went off", null, 1 },
        { "The driver was reportedly shot dead by gunmen", 1, null },
        { "Seven people sustained burn injuries as assailants hurled a bomb", null, 7 },
        { "Monitors counted 2,310 civilian deaths and 4,120 injuries", 2310, 4120 },
        { "The blast left at least 15 people injured", null, 15 },
        { "Police arrested two men after the rally", null, null },
        // One victim told without a number.
        { "A local councillor died in hospital on Sunday", 1, null },
        { "He succumbed to his injuries two days later", 1, null },
        { "The soldier died on the spot", 1, null },
        // One victim named before a relative clause is the subject of the death after it.
        { "A rickshaw puller, who was hurt when the grenade went off on Sunday, died in hospital on Monday", 1, 1 },
        { "Veteran union leader Joseph Mwangi, who was shot at outside his home, died on Friday", 1, null },
        { "The protesters, who were hurt in the charge, died later", null, null },
        { "The soldiers died on the spot", null, null },
        { "Gunmen opened fire on a minibus, killing a teacher", 1, null },
        { "A roadside bomb killed a district official and two others", 3, null },
        { "The shopkeeper was taken to hospital, where Otieno died before dawn", 1, null },
        { "A villager beaten by the guards last week succumbed to his injuries on Monday", 1, null },
        { "Two police officers were killed along with 11 attackers", 13, null },
        { "A local trader was attacked and killed by unknown men", 1, null },
        { "A university student has been killed in a clash between two factions", 1, null },
        { "A farmer was fatally shot at a checkpoint", 1, null },
        { "Two farmers have been killed in a clash between two factions", 2, null },
        // Victim groups each with words of their own, joined by "and", add up.
        { "Four Afghan border policemen and a Taliban commander were killed in the firefight", 5, null },
        { "At least 9 suspected insurgents and two soldiers were killed near Kunduz", 11, null },
        { "On Tuesday, an army major and three rebels were killed", 4, null },
        { "Two farmers, a teacher and a nurse of the district clinic were killed", 4, null },
        { "A police officer, as well as three other guards were injured", null, 4 },
        // A count opening a long subject told in the passive counts the victims.
        { "Two guards of the state electricity board's armed wing (SEB) in the northern hill district were killed", 2, null },
        { "Two gunmen attacked a bus in the northern hill district in which passengers were killed", null, null },
        // One victim as a pronoun or a definite singular after the word; a count joined "along with" adds.
        { "Gunmen stopped the car and fired at the driver, killing him on the spot", 1, null },
        { "Gunmen killed her two sons outside the mosque", 2, null },
        { "Unknown men shot and killed the headmaster of a village school", 1, null },
        { "A rebel commander was killed along with four of his fighters", 5, null },
        // Parts listed after "including" or "among them" belong to the toll before them.
        { "At least six people, among them a tribal elder, have been killed", 6, null },
        { "Seven people, including a police inspector, two guards of the bank and a child were killed", 7, null },
        // A count after "and" with a casualty word of its own is the next report's.
        { "A village guard was killed and two other guards suffered gunshot wounds", 1, 2 },
        // Shots and ages are not victims.
        { "The officer, who was hit by six bullets, died on the way to hospital", 1, null },
        { "A man, aged 41, was killed in the crossfire", 1, null },
        // A count after a verb is that verb's object, not a victim group.
        { "Police arrested 5 protesters and two were injured", null, 2 },
        // An article far from the casualty word is not the count.
        { "A blast in a crowded market killed at least 12 people", 12, null },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Read_CasualtyPhrase_FindsKilledAndInjured(string text, int? killed, int? injured) =>
        Assert.Equal((killed, injured), Read(text));
}
