using System.Globalization;
using Sitrep.Core.Time;

namespace Sitrep.Core.Tests.Time;

public class TemporalTaggerTests
{
    static readonly TemporalTagger Tagger = TemporalTagger.CreateDefault();

    // Publication dates the cases vary over.
    const string Monday = "2016-10-03";
    const string Sunday = "2016-10-02";
    const string NewYear = "2016-01-01"; // a Friday, in ISO week 2015-W53
    const string LeapDay = "2016-02-29"; // a Monday
    const string YearEnd = "2016-12-31"; // a Saturday
    const string Friday = "2015-01-02";
    const string None = "";

    /// text, published ("" = none), mention text, value, start, end ("" = unresolved), granularity
    public static TheoryData<string, string, string, string, string, string, TimeGranularity> Resolved => new()
    {
        // Weekdays: the most recent one, the publication day included; forward when the verb is future.
        { "Police said on Monday that gunmen attacked a post.", Monday, "Monday", "2016-10-03", "2016-10-03", "2016-10-03", TimeGranularity.Day },
        { "On Thursday night, unidentified gunmen killed a guard.", Friday, "Thursday night", "2015-01-01TNI", "2015-01-01", "2015-01-01", TimeGranularity.Day },
        { "The leaders will meet on Monday in Geneva.", Monday, "Monday", "2016-10-10", "2016-10-10", "2016-10-10", TimeGranularity.Day },
        { "The leaders will meet on Monday in Geneva.", Sunday, "Monday", "2016-10-03", "2016-10-03", "2016-10-03", TimeGranularity.Day },
        { "Gunmen struck on Monday.", Sunday, "Monday", "2016-09-26", "2016-09-26", "2016-09-26", TimeGranularity.Day },
        { "Gunmen struck on Sunday.", Sunday, "Sunday", "2016-10-02", "2016-10-02", "2016-10-02", TimeGranularity.Day },
        { "Gunmen struck on Friday.", NewYear, "Friday", "2016-01-01", "2016-01-01", "2016-01-01", TimeGranularity.Day },
        { "Gunmen struck on Saturday.", NewYear, "Saturday", "2015-12-26", "2015-12-26", "2015-12-26", TimeGranularity.Day },
        { "Gunmen struck on Sunday.", LeapDay, "Sunday", "2016-02-28", "2016-02-28", "2016-02-28", TimeGranularity.Day },
        { "Gunmen struck on Tuesday.", LeapDay, "Tuesday", "2016-02-23", "2016-02-23", "2016-02-23", TimeGranularity.Day },
        { "Gunmen struck on Saturday.", YearEnd, "Saturday", "2016-12-31", "2016-12-31", "2016-12-31", TimeGranularity.Day },
        // A range under way at publication is this year's, though it ends later.
        { "Protests went on from 1-5 October in the town.", Monday, "from 1-5 October", "2016-10-01/2016-10-05", "2016-10-01", "2016-10-05", TimeGranularity.DayRange },
        { "Protests went on from 4-8 October in the town.", Monday, "from 4-8 October", "2015-10-04/2015-10-08", "2015-10-04", "2015-10-08", TimeGranularity.DayRange },
        { "Gunmen struck last Monday.", Monday, "last Monday", "2016-09-26", "2016-09-26", "2016-09-26", TimeGranularity.Day },
        { "Talks resume next Friday.", YearEnd, "next Friday", "2017-01-06", "2017-01-06", "2017-01-06", TimeGranularity.Day },
        { "In the early hours of Monday, fighters entered the city.", Monday, "the early hours of Monday", "2016-10-03TMO", "2016-10-03", "2016-10-03", TimeGranularity.Day },
        { "The blast came late on Sunday.", Monday, "late on Sunday", "2016-10-02", "2016-10-02", "2016-10-02", TimeGranularity.Day },
        { "Shelling resumed on Wednesday evening.", LeapDay, "Wednesday evening", "2016-02-24TEV", "2016-02-24", "2016-02-24", TimeGranularity.Day },
        { "Police said on Monday, October 3, 2016 that two died.", Sunday, "Monday, October 3, 2016", "2016-10-03", "2016-10-03", "2016-10-03", TimeGranularity.Day },
        { "The vote is on Saturday, April 25.", "1998-03-05", "Saturday, April 25", "1998-04-25", "1998-04-25", "1998-04-25", TimeGranularity.Day },
        { "On Monday, the leaders will meet in Geneva.", Sunday, "Monday", "2016-10-03", "2016-10-03", "2016-10-03", TimeGranularity.Day },
        // "planned to", "vowed to" look forward; a participle after "be" takes the auxiliary's tense; a cue after
        // "that" belongs to another clause.
        { "The delegation planned to leave for Nairobi on Thursday.", Monday, "Thursday", "2016-10-06", "2016-10-06", "2016-10-06", TimeGranularity.Day },
        { "The union vowed to strike on Friday.", Monday, "Friday", "2016-10-07", "2016-10-07", "2016-10-07", TimeGranularity.Day },
        // "(03/02)": both numbers could be the month; the reading just before publication wins.
        { "Assailants torched a bus in the town (03/02).", "2015-02-04", "03/02", "2015-02-03", "2015-02-03", "2015-02-03", TimeGranularity.Day },
        { "Assailants torched a bus in the town (03/02).", "2015-03-05", "03/02", "2015-03-02", "2015-03-02", "2015-03-02", TimeGranularity.Day },
        { "Assailants torched a bus in the town (24/01).", "2015-02-04", "24/01", "2015-01-24", "2015-01-24", "2015-01-24", TimeGranularity.Day },
        // A clock time in words after a word that takes one; on the day named with it, else the publication day.
        { "The curfew began at noon on Sunday.", Monday, "noon on Sunday", "2016-10-02T12:00", "2016-10-02", "2016-10-02", TimeGranularity.Day },
        { "The minister spoke at midday.", Monday, "midday", "2016-10-03T12:00", "2016-10-03", "2016-10-03", TimeGranularity.Day },
        // "the October raid": a month before a common noun.
        { "Police reopened the inquiry into the October raid.", Monday, "October", "2016-10", "2016-10-01", "2016-10-31", TimeGranularity.Month },
        // "by" lets a month that is also a name ("August", "May") read as a month.
        { "The airline will double its flights by August.", Monday, "August", "2017-08", "2017-08-01", "2017-08-31", TimeGranularity.Month },
        { "The president on Saturday vowed to punish the attackers.", Monday, "Saturday", "2016-10-01", "2016-10-01", "2016-10-01", TimeGranularity.Day },
        { "The summit will be held in Lisbon on Thursday.", Monday, "Thursday", "2016-10-06", "2016-10-06", "2016-10-06", TimeGranularity.Day },
        { "The summit was held in Lisbon on Thursday.", Monday, "Thursday", "2016-09-29", "2016-09-29", "2016-09-29", TimeGranularity.Day },
        { "Mayors warned Wednesday that police will not help.", "2016-10-05", "Wednesday", "2016-10-05", "2016-10-05", "2016-10-05", TimeGranularity.Day },
        { "The bomb went off at 10 p.m. Wednesday.", Monday, "10 p.m. Wednesday", "2016-09-28T22:00", "2016-09-28", "2016-09-28", TimeGranularity.Day },
        { "Gunmen struck on Monday at 10:30 pm.", Monday, "Monday at 10:30 pm", "2016-10-03T22:30", "2016-10-03", "2016-10-03", TimeGranularity.Day },
        { "Gunmen struck around noon Thursday.", Monday, "noon Thursday", "2016-09-29T12:00", "2016-09-29", "2016-09-29", TimeGranularity.Day },

        // Days counted from publication.
        { "Two soldiers were killed yesterday.", NewYear, "yesterday", "2015-12-31", "2015-12-31", "2015-12-31", TimeGranularity.Day },
        { "The curfew ends today.", LeapDay, "today", "2016-02-29", "2016-02-29", "2016-02-29", TimeGranularity.Day },
        { "Protests are planned tonight.", Monday, "tonight", "2016-10-03TNI", "2016-10-03", "2016-10-03", TimeGranularity.Day },
        { "Rockets fell on the city last night.", NewYear, "last night", "2015-12-31TNI", "2015-12-31", "2015-12-31", TimeGranularity.Day },
        { "Fighting continued overnight.", Monday, "overnight", "2016-10-02TNI", "2016-10-02", "2016-10-03", TimeGranularity.DayRange },

        // Months and years.
        { "Last year the group lost ground.", Monday, "Last year", "2015", "2015-01-01", "2015-12-31", TimeGranularity.Year },
        { "Last year the group lost ground.", NewYear, "Last year", "2015", "2015-01-01", "2015-12-31", TimeGranularity.Year },
        { "It retook the town last October.", Monday, "last October", "2015-10", "2015-10-01", "2015-10-31", TimeGranularity.Month },
        { "It retook the town last October.", YearEnd, "last October", "2016-10", "2016-10-01", "2016-10-31", TimeGranularity.Month },
        { "On September 28 last year, the Taliban seized Kunduz.", Monday, "September 28 last year", "2015-09-28", "2015-09-28", "2015-09-28", TimeGranularity.Day },
        { "Attacks rose this month.", LeapDay, "this month", "2016-02", "2016-02-01", "2016-02-29", TimeGranularity.Month },
        { "Earlier this month, a convoy was hit.", Monday, "this month", "2016-10", "2016-10-01", "2016-10-31", TimeGranularity.Month },
        { "Attacks fell last month.", NewYear, "last month", "2015-12", "2015-12-01", "2015-12-31", TimeGranularity.Month },
        { "Elections are due next year.", YearEnd, "next year", "2017", "2017-01-01", "2017-12-31", TimeGranularity.Year },
        { "Casualties rose in the first half of 2016.", Monday, "the first half of 2016", "2016-H1", "2016-01-01", "2016-06-30", TimeGranularity.HalfYear },
        { "Casualties rose in the third quarter.", Monday, "the third quarter", "2016-Q3", "2016-07-01", "2016-09-30", TimeGranularity.Quarter },
        { "Casualties rose in the last quarter of last year.", Monday, "the last quarter of last year", "2015-Q4", "2015-10-01", "2015-12-31", TimeGranularity.Quarter },
        { "A year ago the town fell.", Monday, "A year ago", "2015", "2015-01-01", "2015-12-31", TimeGranularity.Year },
        { "The group has fought the state since 2001.", Monday, "2001", "2001", "2001-01-01", "2001-12-31", TimeGranularity.Year },
        { "The group was founded in 2001.", None, "2001", "2001", "2001-01-01", "2001-12-31", TimeGranularity.Year },
        { "He was jailed after a 2010 raid on the camp.", Monday, "2010", "2010", "2010-01-01", "2010-12-31", TimeGranularity.Year },
        { "Refugees were counted in the census of 1989.", Monday, "1989", "1989", "1989-01-01", "1989-12-31", TimeGranularity.Year },
        { "The war began in the 1990s.", Monday, "1990s", "199", "1990-01-01", "1999-12-31", TimeGranularity.Decade },
        { "Fighting flared in July.", Monday, "July", "2016-07", "2016-07-01", "2016-07-31", TimeGranularity.Month },
        { "Fighting flared in July.", NewYear, "July", "2015-07", "2015-07-01", "2015-07-31", TimeGranularity.Month },
        { "Fighting flared in July.", YearEnd, "July", "2016-07", "2016-07-01", "2016-07-31", TimeGranularity.Month },
        { "Protesters gathered in March.", Monday, "March", "2016-03", "2016-03-01", "2016-03-31", TimeGranularity.Month },
        { "Clashes broke out in mid-October.", YearEnd, "mid-October", "2016-10", "2016-10-01", "2016-10-31", TimeGranularity.Month },
        { "Tuesday's attack killed five.", Monday, "Tuesday", "2016-09-27", "2016-09-27", "2016-09-27", TimeGranularity.Day },
        { "Talks stalled in mid-2016.", None, "mid-2016", "2016", "2016-01-01", "2016-12-31", TimeGranularity.Year },
        { "Clashes broke out in early 2016.", None, "early 2016", "2016", "2016-01-01", "2016-12-31", TimeGranularity.Year },
        { "Talks stalled at the end of last year.", Monday, "the end of last year", "2015", "2015-01-01", "2015-12-31", TimeGranularity.Year },
        { "Floods hit the region last summer.", Monday, "last summer", "2016-SU", "2016-06-01", "2016-08-31", TimeGranularity.Season },
        { "Floods hit the region in the spring of 2015.", Monday, "the spring of 2015", "2015-SP", "2015-03-01", "2015-05-31", TimeGranularity.Season },
        { "It was the worst raid of the 20th century.", Monday, "20th century", "19", "1900-01-01", "1999-12-31", TimeGranularity.Century },

        // Calendar dates in day-month and month-day order, abbreviations, numerals.
        { "Police reported the arrest on October 15.", Monday, "October 15", "2015-10-15", "2015-10-15", "2015-10-15", TimeGranularity.Day },
        { "Police reported the arrest on October 15.", YearEnd, "October 15", "2016-10-15", "2016-10-15", "2016-10-15", TimeGranularity.Day },
        { "Police reported the arrest on Oct. 3.", Monday, "Oct. 3", "2016-10-03", "2016-10-03", "2016-10-03", TimeGranularity.Day },
        { "Police reported the arrest on Sept. 12.", Monday, "Sept. 12", "2016-09-12", "2016-09-12", "2016-09-12", TimeGranularity.Day },
        { "On 3 January, police arrested 12 protesters.", Monday, "3 January", "2016-01-03", "2016-01-03", "2016-01-03", TimeGranularity.Day },
        { "On 3 January, police arrested 12 protesters.", NewYear, "3 January", "2015-01-03", "2015-01-03", "2015-01-03", TimeGranularity.Day },
        { "On January 3, police arrested 12 protesters.", LeapDay, "January 3", "2016-01-03", "2016-01-03", "2016-01-03", TimeGranularity.Day },
        { "On the 3rd of January, police arrested 12 protesters.", Monday, "the 3rd of January", "2016-01-03", "2016-01-03", "2016-01-03", TimeGranularity.Day },
        { "On January 3, 2015, police arrested 12 protesters.", None, "January 3, 2015", "2015-01-03", "2015-01-03", "2015-01-03", TimeGranularity.Day },
        { "On 29 February, police arrested 12 protesters.", NewYear, "29 February", "2012-02-29", "2012-02-29", "2012-02-29", TimeGranularity.Day },
        { "On 31 December, police arrested 12 protesters.", YearEnd, "31 December", "2016-12-31", "2016-12-31", "2016-12-31", TimeGranularity.Day },
        { "The strike went on peacefully on Thursday (29/01) in the city.", "2015-02-03", "Thursday (29/01)", "2015-01-29", "2015-01-29", "2015-01-29", TimeGranularity.Day },
        { "A bus was torched at about 7:30 pm (17/01).", "2015-02-03", "7:30 pm (17/01)", "2015-01-17T19:30", "2015-01-17", "2015-01-17", TimeGranularity.Day },
        { "On February 23, 2000 supporters marched.", Monday, "February 23", "2016-02-23", "2016-02-23", "2016-02-23", TimeGranularity.Day },
        { "The report is dated 25-12-2015.", None, "25-12-2015", "2015-12-25", "2015-12-25", "2015-12-25", TimeGranularity.Day },
        { "The report is dated 25/12/2015.", Monday, "25/12/2015", "2015-12-25", "2015-12-25", "2015-12-25", TimeGranularity.Day },
        { "The report is dated 2016-10-03.", None, "2016-10-03", "2016-10-03", "2016-10-03", "2016-10-03", TimeGranularity.Day },
        { "On the morning of 3 May, gunmen attacked.", Monday, "the morning of 3 May", "2016-05-03TMO", "2016-05-03", "2016-05-03", TimeGranularity.Day },
        { "On the night of 1 January 2015, police arrested 12 people.", None, "the night of 1 January 2015", "2015-01-01TNI", "2015-01-01", "2015-01-01", TimeGranularity.Day },

        // Ranges.
        { "Clashes between 1 and 3 May killed five.", Monday, "between 1 and 3 May", "2016-05-01/2016-05-03", "2016-05-01", "2016-05-03", TimeGranularity.DayRange },
        { "Clashes on 1-3 May 2015 killed five.", None, "1-3 May 2015", "2015-05-01/2015-05-03", "2015-05-01", "2015-05-03", TimeGranularity.DayRange },
        { "Clashes on the night of 3-4 May killed five.", Monday, "the night of 3-4 May", "2016-05-03/2016-05-04", "2016-05-03", "2016-05-04", TimeGranularity.DayRange },
        { "Clashes from 28 December to 2 January killed five.", LeapDay, "from 28 December to 2 January", "2015-12-28/2016-01-02", "2015-12-28", "2016-01-02", TimeGranularity.DayRange },

        // Weeks and weekends (ISO weeks).
        { "Attacks rose last week.", Monday, "last week", "2016-W39", "2016-09-26", "2016-10-02", TimeGranularity.Week },
        { "Attacks rose last week.", NewYear, "last week", "2015-W52", "2015-12-21", "2015-12-27", TimeGranularity.Week },
        { "Attacks rose this week.", NewYear, "this week", "2015-W53", "2015-12-28", "2016-01-03", TimeGranularity.Week },
        { "Attacks rose last weekend.", Monday, "last weekend", "2016-W39-WE", "2016-10-01", "2016-10-02", TimeGranularity.DayRange },
        { "Attacks rose last weekend.", Sunday, "last weekend", "2016-W38-WE", "2016-09-24", "2016-09-25", TimeGranularity.DayRange },
        { "Attacks rose over the weekend.", YearEnd, "the weekend", "2016-W52-WE", "2016-12-31", "2017-01-01", TimeGranularity.DayRange },
        { "Three weeks ago a bomb went off.", Monday, "Three weeks ago", "2016-W37", "2016-09-12", "2016-09-18", TimeGranularity.Week },
        { "Two days ago a bomb went off.", LeapDay, "Two days ago", "2016-02-27", "2016-02-27", "2016-02-27", TimeGranularity.Day },

        // Durations, references, sets: no interval.
        { "One year after the attack, the town is calm.", Monday, "One year", "P1Y", "", "", TimeGranularity.Year },
        { "The siege lasted two days.", Monday, "two days", "P2D", "", "", TimeGranularity.Day },
        { "Fighting in the past two days killed 30.", Monday, "the past two days", "P2D", "", "", TimeGranularity.Day },
        { "Two days later, the curfew was lifted.", Monday, "Two days later", "P2D", "", "", TimeGranularity.Day },
        { "The rains came a month earlier than usual.", Monday, "a month", "P1M", "", "", TimeGranularity.Month },
        { "A three-day curfew was imposed.", Monday, "three-day", "P3D", "", "", TimeGranularity.Day },
        { "The road was closed for 48 hours.", Monday, "48 hours", "PT48H", "", "", TimeGranularity.Day },
        { "The siege lasted twenty-five days.", Monday, "twenty-five days", "P25D", "", "", TimeGranularity.Day },
        { "The siege lasted several weeks.", Monday, "several weeks", "PXW", "", "", TimeGranularity.Week },
        { "Rebels recently took the town.", Monday, "recently", "PAST_REF", "", "", TimeGranularity.Day },
        { "Rebels currently hold the town.", Monday, "currently", "PRESENT_REF", "", "", TimeGranularity.Day },
        { "Rebels now hold the town.", Monday, "now", "PRESENT_REF", "", "", TimeGranularity.Day },
        { "Patrols run every day.", Monday, "every day", "P1D", "", "", TimeGranularity.Day },
        { "Protests are held on Fridays.", Monday, "Fridays", "XXXX-WXX-5", "", "", TimeGranularity.Day },

        // No publication date: relative expressions stay underspecified.
        { "On Thursday, unidentified gunmen killed a guard.", None, "Thursday", "XXXX-WXX-4", "", "", TimeGranularity.Day },
        { "On 3 January, police arrested 12 protesters.", None, "3 January", "XXXX-01-03", "", "", TimeGranularity.Day },
        { "It retook the town last October.", None, "last October", "XXXX-10", "", "", TimeGranularity.Month },
        { "Last year the group lost ground.", None, "Last year", "XXXX", "", "", TimeGranularity.Year },
        { "Two soldiers were killed yesterday.", None, "yesterday", "XXXX-XX-XX", "", "", TimeGranularity.Day },
        { "Attacks rose last week.", None, "last week", "XXXX-WXX", "", "", TimeGranularity.Week },

        // A tenseless yearless date just ahead of publication is the coming one; past verbs keep it behind.
        { "The dividend is payable Dec. 15 to holders of record.", "2016-11-02", "Dec. 15", "2016-12-15", "2016-12-15", "2016-12-15", TimeGranularity.Day },
        { "A new round of talks in January.", "2016-11-02", "January", "2017-01", "2017-01-01", "2017-01-31", TimeGranularity.Month },
        { "On 20 December, rebels attacked the base.", "2016-11-02", "20 December", "2015-12-20", "2015-12-20", "2015-12-20", TimeGranularity.Day },
        { "The match was postponed until 15:00 GMT Saturday.", Monday, "15:00 GMT Saturday", "2016-10-08T15:00", "2016-10-08", "2016-10-08", TimeGranularity.Day },
        { "President Obama Saturday vowed to respond.", Monday, "Saturday", "2016-10-01", "2016-10-01", "2016-10-01", TimeGranularity.Day },

        // TimeML extents: approximators and the article of a counted duration in, prepositions and "earlier" out.
        { "The siege lasted nearly two weeks.", Monday, "nearly two weeks", "P2W", "", "", TimeGranularity.Week },
        { "The convoy waited for more than four hours.", Monday, "more than four hours", "PT4H", "", "", TimeGranularity.Day },
        { "Profit rose 5% in the first nine months.", Monday, "the first nine months", "P9M", "", "", TimeGranularity.Month },
        { "They signed a five year truce.", Monday, "five year", "P5Y", "", "", TimeGranularity.Year },
        { "In the past, the group attacked convoys.", Monday, "the past", "PAST_REF", "", "", TimeGranularity.Day },
        { "In fiscal 2015, arms sales fell.", Monday, "fiscal 2015", "2015", "2015-01-01", "2015-12-31", TimeGranularity.Year },
        { "Spending rose this fiscal year.", Monday, "this fiscal year", "2016", "2016-01-01", "2016-12-31", TimeGranularity.Year },
        { "Aid fell in the quarter.", Monday, "the quarter", "2016-Q3", "2016-07-01", "2016-09-30", TimeGranularity.Quarter },

        { "The envoy could arrive as soon as Tuesday.", Monday, "Tuesday", "2016-10-04", "2016-10-04", "2016-10-04", TimeGranularity.Day },
        { "Lower-than-expected earnings Wednesday hit the shares.", Monday, "Wednesday", "2016-09-28", "2016-09-28", "2016-09-28", TimeGranularity.Day },
        { "Profit fell 5% in the latest quarter.", Monday, "the latest quarter", "2016-Q3", "2016-07-01", "2016-09-30", TimeGranularity.Quarter },
        { "The firm will report third-quarter results.", "2016-10-20", "third-quarter", "2016-Q3", "2016-07-01", "2016-09-30", TimeGranularity.Quarter },
        // "plan" is as often a noun as a verb: only "plan to" looks forward. A relative clause after the date is another clause.
        { "The two sides signed a trade plan Friday.", Friday, "Friday", "2015-01-02", "2015-01-02", "2015-01-02", TimeGranularity.Day },
        { "The rebels plan to march on Friday.", Monday, "Friday", "2016-10-07", "2016-10-07", "2016-10-07", TimeGranularity.Day },
        { "The council approved the plan in August.", Monday, "August", "2016-08", "2016-08-01", "2016-08-31", TimeGranularity.Month },
        { "The firm issued new shares July 1, which will pay a smaller dividend.", Monday, "July 1", "2016-07-01", "2016-07-01", "2016-07-01", TimeGranularity.Day },
        // "is to", "are supposed to", "payable", "extended to" look forward; "had been due to" looks forward from a past
        // moment, so the date is read as with no cue.
        { "The exchange is to reopen on Tuesday.", Monday, "Tuesday", "2016-10-04", "2016-10-04", "2016-10-04", TimeGranularity.Day },
        { "The talks are supposed to end by December.", Monday, "December", "2016-12", "2016-12-01", "2016-12-31", TimeGranularity.Month },
        { "The dividend is payable March 3 to holders of record.", Monday, "March 3", "2017-03-03", "2017-03-03", "2017-03-03", TimeGranularity.Day },
        { "The offer was extended to Oct. 21.", Monday, "Oct. 21", "2016-10-21", "2016-10-21", "2016-10-21", TimeGranularity.Day },
        { "The curfew was extended on Saturday.", Monday, "Saturday", "2016-10-01", "2016-10-01", "2016-10-01", TimeGranularity.Day },
        { "The bid had been due to expire Friday evening.", Monday, "Friday evening", "2016-09-30TEV", "2016-09-30", "2016-09-30", TimeGranularity.Day },
        { "The offer had been set to expire Oct. 10.", Monday, "Oct. 10", "2016-10-10", "2016-10-10", "2016-10-10", TimeGranularity.Day },
        // A present-tense verb between "said" and the date: the date's clause is in the present, so a date just ahead
        // is the coming one.
        { "The firm said it is calling its bonds for redemption on Nov. 15.", Monday, "Nov. 15", "2016-11-15", "2016-11-15", "2016-11-15", TimeGranularity.Day },
        { "The firm said it was calling its bonds for redemption on Nov. 15.", Monday, "Nov. 15", "2015-11-15", "2015-11-15", "2015-11-15", TimeGranularity.Day },
        // An -ing form after the date carries no tense: "on charges of planning" is no future.
        { "Police arrested 24 activists on 29 June on charges of planning attacks.", "2016-08-04", "29 June", "2016-06-29", "2016-06-29", "2016-06-29", TimeGranularity.Day },
        // The dot of an initial does not end the clause of "will".
        { "Ms. Lee will succeed John K. Porter Feb. 1 as head of the fund.", Monday, "Feb. 1", "2017-02-01", "2017-02-01", "2017-02-01", TimeGranularity.Day },

        // A season after "the" and a bounding preposition or "over"; a maturity year after "due".
        { "Sales stayed weak well into the summer.", Monday, "the summer", "2016-SU", "2016-06-01", "2016-08-31", TimeGranularity.Season },
        { "Rivals cut prices over the summer.", Monday, "the summer", "2016-SU", "2016-06-01", "2016-08-31", TimeGranularity.Season },
        { "Holders get notes due 2021 for each share.", Monday, "2021", "2021", "2021-01-01", "2021-12-31", TimeGranularity.Year },
        // Years in words, as broadcast transcripts write them.
        { "The ministry was founded in nineteen ninety-six.", Monday, "nineteen ninety-six", "1996", "1996-01-01", "1996-12-31", TimeGranularity.Year },
        { "In the year two thousand, the city fell.", Monday, "the year two thousand", "2000", "2000-01-01", "2000-12-31", TimeGranularity.Year },
        { "It was signed in January nineteen ninety-seven.", Monday, "January nineteen ninety-seven", "1997-01", "1997-01-01", "1997-01-31", TimeGranularity.Month },

        // Named days.
        { "Markets were closed on Christmas Day.", YearEnd, "Christmas Day", "2016-12-25", "2016-12-25", "2016-12-25", TimeGranularity.Day },
        { "Shops said they shut for Christmas.", NewYear, "Christmas", "2015-12-25", "2015-12-25", "2015-12-25", TimeGranularity.Day },
        { "Police said pilgrims gathered on Easter Sunday.", LeapDay, "Easter Sunday", "2015-04-05", "2015-04-05", "2015-04-05", TimeGranularity.Day },
        { "Talks resume after Thanksgiving.", Monday, "Thanksgiving", "2016-11-24", "2016-11-24", "2016-11-24", TimeGranularity.Day },
        { "Troops came home last Thanksgiving.", Monday, "last Thanksgiving", "2015-11-26", "2015-11-26", "2015-11-26", TimeGranularity.Day },
        { "The ceasefire began at Easter 2015.", Monday, "Easter 2015", "2015-04-05", "2015-04-05", "2015-04-05", TimeGranularity.Day },
    };

    [Theory, MemberData(nameof(Resolved))]
    public void Tag_Expression_ResolvesAgainstPublication(
        string text, string published, string mentionText, string value, string start, string end, TimeGranularity granularity)
    {
        var mention = Assert.Single(Tagger.Tag(text, Date(published)));
        Assert.Equal(mentionText, mention.Text);
        Assert.Equal(value, mention.Value);
        Assert.Equal(Date(start), mention.Start);
        Assert.Equal(Date(end), mention.End);
        Assert.Equal(granularity, mention.Granularity);
    }

    public static TheoryData<string, TimexType> Types => new()
    {
        { "Prices will stay low in the near future.", TimexType.Date },
        { "Rates should fall in the short term.", TimexType.Date },
        { "It expects fiscal 2017 sales to rise.", TimexType.Date },
        { "Gunmen struck on Monday.", TimexType.Date },
        { "Gunmen struck on Monday night.", TimexType.Time },
        { "Gunmen struck at 10:30 pm.", TimexType.Time },
        { "The siege lasted two days.", TimexType.Duration },
        { "Patrols run daily.", TimexType.Set },
    };

    [Fact]
    public void Tag_YearSpanWithTwoDigitEnd_TagsBothYears()
    {
        var mentions = Tagger.Tag("The expedition of 1957-58 crossed the ice.", Date(Monday));
        Assert.Equal(["1957", "58"], mentions.Select(m => m.Text));
        Assert.Equal(["1957", "1958"], mentions.Select(m => m.Value));
    }

    [Theory]
    [InlineData("Clashes took place on 24 and 25 January.", "2016-01-24", "2016-01-25")]
    [InlineData("The talks are on Oct. 24 and 25.", "2016-10-24", "2016-10-25")]
    [InlineData("Protests were held on 2 or 3 May 2015.", "2015-05-02", "2015-05-03")]
    public void Tag_ListOfDays_TagsEachDayWithTheMonth(string text, string first, string second)
    {
        var mentions = Tagger.Tag(text, Date(YearEnd));
        Assert.Equal(new[] { first, second }, mentions.Select(m => m.Value));
    }

    [Fact]
    public void Tag_CountAfterADate_IsNoDay()
    {
        var mentions = Tagger.Tag("On April 24 and 25 people died in the town.", Date(YearEnd));
        Assert.Equal(new[] { "2016-04-24" }, mentions.Select(m => m.Value));
    }

    [Theory]
    [InlineData("The envoy spent 5 1/2 hours in the city.", "5 1/2 hours", "PT5H30M")]
    [InlineData("He served 2 1/2 years in prison.", "2 1/2 years", "P2Y6M")]
    [InlineData("The talks lasted two and a half days.", "two and a half days", "P2DT12H")]
    [InlineData("The clip runs a minute and a half.", "a minute and a half", "PT1M30S")]
    public void Tag_HalfUnit_WritesItInTheNextSmallerUnit(string text, string words, string value)
    {
        var mention = Assert.Single(Tagger.Tag(text, Date(Monday)));
        Assert.Equal((words, value), (mention.Text, mention.Value));
    }

    [Fact]
    public void Tag_ListOfYears_TagsEveryYear()
    {
        var mentions = Tagger.Tag("Shots were fired at clinics in 2004, 2005 and 2007.", Date(Monday));
        Assert.Equal(new[] { "2004", "2005", "2007" }, mentions.Select(m => m.Value));
    }

    [Fact]
    public void Tag_YearRange_TagsBothYears()
    {
        var mentions = Tagger.Tag("The pandemic of 2009-2010 killed many.", Date(Monday));
        Assert.Equal(new[] { "2009", "2010" }, mentions.Select(m => m.Value));
    }

    [Theory, MemberData(nameof(Types))]
    public void Tag_Expression_HasTimexType(string text, TimexType type) =>
        Assert.Equal(type, Assert.Single(Tagger.Tag(text, Date(Monday))).Type);

    /// Words that look like dates but are not: verbs, names, counts, ages, years inside names.
    public static TheoryData<string> NotTimes => new()
    {
        "Costs rose in the latest period of growth.",
        "The latest period was the calmest.",
        "Police killed 42 people and wounded 17.",
        "Theresa May said the protesters may return.",
        "Thousands march through the capital.",
        "The Sunday Times reported the raid.",
        "Marchers recalled Bloody Sunday.",
        "Pilgrims marked Good Friday in the old city.",
        "Nineteen soldiers and twenty civilians were hurt.",
        "The march drew 2000 people.",
        "Security Council Resolution 2254 was adopted.",
        "A 24-year-old man was shot.",
        "Residents fled after the fall of Kunduz.",
        "Veterans of the Arab Spring spoke.",
        "The dispute was settled 03/01/2015 by the court.",
        "Police fired at 1,601 protesters in 2015 cases.",
        "The vote was 3/4 (3/4) in favour.",
        "A decades-old mine exploded.",
        "Police ordered the arrest of 2000 workers.",
        "Police ordered the arrest of 2000 MQM workers.",
        "His 2000 supporters rallied.",
        "They protested the layoff of 1800 lab assistants.",
        "The appeal was signed by Jan Egeland.",
    };

    [Theory, MemberData(nameof(NotTimes))]
    public void Tag_NonTemporalWords_FindsNothing(string text)
    {
        var mentions = Tagger.Tag(text, Date(Monday));
        Assert.True(mentions.IsEmpty, string.Join("; ", mentions.Select(m => $"{m.Text} = {m.Value}")));
    }

    /// text, published, index of the mention checked, its value, the mention it was anchored on (-1 = none)
    public static TheoryData<string, string, int, string, int> Narrative => new()
    {
        // The year set by an earlier mention of the paragraph carries over.
        { "On September 28 last year, the Taliban seized Kunduz. On October 15, they withdrew.", YearEnd, 1, "2015-10-15", 0 },
        { "On the night of 1 January 2015, police arrested 12 people. On 3 January, they were freed.", None, 1, "2015-01-03", 0 },
        { "On 1 January 2015, police arrested 12 people. On 3 March, they were freed.", YearEnd, 1, "2015-03-03", 0 },
        // A year said later in the same sentence holds for the dates before it.
        { "Protests on 3 January and 5 January 2015 turned violent.", YearEnd, 0, "2015-01-03", 1 },
        { "Protests on 3 January turned violent. On 5 January 2015 they ended.", YearEnd, 0, "2016-01-03", -1 },
        // ... when it continues the list: a date further on in the sentence is another matter.
        { "The firm plans to repay on Nov. 16 its notes due March 1, 2021.", Monday, 0, "2016-11-16", -1 },
        // A date that restates "today" takes the year nearest publication, not the narrative's.
        { "Youths booked over the 2010 unrest protested today (3/10) in the town.", Monday, 1, "2016-10-03", -1 },
        { "The bank will repay on Nov. 16 the bonds it sold in the spring that fall due March 1, 2021.", Monday, 0, "2016-11-16", -1 },
        { "A bomb went off on Thursday [15 October] during a strike over a pact signed on October 15, 1949.", "2015-10-16", 0, "2015-10-15", -1 },
        // ... but not across paragraphs, and a bare year only within its sentence.
        { "On 1 January 2015, police arrested 12 people.\nOn 3 March, they were freed.", YearEnd, 1, "2016-03-03", -1 },
        { "The group was founded in 2001. In July, it attacked a base.", Monday, 1, "2016-07", -1 },
        // A dated sentence sets the year for the next two sentences only: wires that send a story as one block
        // go on to other years.
        { "He flew in May 1980. He trained pilots. He was cited in December.", "1998-04-18", 1, "1980-12", 0 },
        { "He flew in May 1980. He trained pilots. He taught. He wrote books. He was cited in December.", "1998-04-18", 1, "1997-12", -1 },
        { "In 2015, on 3 March, the group attacked a base.", Monday, 1, "2015-03-03", 0 },
        // In a report on a quarter, "a year ago" and "the year-earlier period" are that quarter a year before.
        { "Profit rose in the third quarter from a year ago.", Monday, 1, "2015-Q3", 0 },
        { "Net was $5 million in the third quarter, against a year-earlier loss.", Monday, 1, "2015-Q3", 0 },
        { "Sales fell in the second quarter. Costs in the quarter rose.", Monday, 1, "2016-Q2", 0 },
        // "the latest period" of a report on a quarter is that quarter.
        { "Sales fell in the second quarter. Costs in the latest period rose.", Monday, 1, "2016-Q2", 0 },
        // Only looking back compares with a quarter: "over the next year" is the year ahead.
        { "Sales fell in the third quarter. The plant will close over the next year.", Monday, 1, "2017", 0 },
        // ... until the report turns to a period of months: then the comparison is with the year before.
        { "Sales fell in the third quarter. For the six months, costs rose from a year earlier.", Monday, 2, "2015", 0 },
        // A year before "quarter" or "period" names that quarter of the report in another year.
        { "Profit rose in the third quarter. In the 2015 period, it had lost money.", Monday, 1, "2015-Q3", 0 },
        { "Profit rose in the third quarter. In the 2015 quarter, it had lost money.", Monday, 1, "2015-Q3", 0 },
        { "Profit rose in the third quarter. In the 2015 second quarter, it had lost money.", Monday, 1, "2015-Q2", -1 },
        { "For the nine months, profit rose. In the 2015 period, it had lost money.", Monday, 1, "2015", -1 },
        { "The raid was the worst since 12 March 2009. On 2 October, gunmen attacked again.", Monday, 1, "2016-10-02", -1 },
        // "the following day" counts from the previous dated mention.
        { "On 3 May 2015, gunmen attacked; the following day, police raided the village.", Monday, 1, "2015-05-04", 0 },
        { "On Thursday, gunmen attacked; the previous day, police raided the village.", Friday, 1, "2014-12-31", 0 },
        { "Gunmen seized the town in July 2015. A year earlier, they had been driven out.", Monday, 1, "2014", 0 },
        { "On 3 May 2015, the rains came a month earlier than usual.", Monday, 1, "P1M", -1 },
        // A text that restates its "today" with a date, or opens with a dateline a day or so before publication, counts
        // its other deictic words from that day.
        { "A man was killed in the town today (16/02). The attack came this evening.", "2015-02-17", 1, "2015-02-16TEV", 0 },
        { "A man was killed yesterday (15/02). Police arrived on Monday.", "2015-02-18", 1, "2015-02-16", 0 },
        { "Pabna, Jan. 14 -- Five youths were injured today.", "2015-01-15", 1, "2015-01-14", 0 },
        { "Pabna, Jan. 2 -- Five youths were injured today.", "2015-01-15", 1, "2015-01-15", -1 },
        // A clock time is on the day named earlier in its sentence.
        { "On 3 May 2015, gunmen attacked at 10:30 pm.", Monday, 1, "2015-05-03T22:30", 0 },
    };

    [Theory, MemberData(nameof(Narrative))]
    public void Tag_NarrativeDate_AnchorsOnEarlierMention(string text, string published, int index, string value, int anchor)
    {
        var mentions = Tagger.Tag(text, Date(published));
        Assert.True(mentions.Length > index, string.Join("; ", mentions.Select(m => $"{m.Text} = {m.Value}")));
        Assert.Equal(value, mentions[index].Value);
        Assert.Equal(anchor < 0 ? null : anchor, mentions[index].Anchor);
    }

    /// Only the date of a dateline that opens the text is marked as the dateline.
    [Theory]
    [InlineData("Pabna, Jan. 14 -- Five youths were injured on Tuesday.", "2015-01-15", true)]
    [InlineData("Jan 21 (UNB) - Bombs exploded in the town on Tuesday (20/01) night.", "2015-01-21", true)]
    [InlineData("Five youths were injured in Pabna on Jan. 14, police said.", "2015-01-15", false)]
    public void Tag_DatelineOpeningTheText_IsMarked(string text, string published, bool isDateline)
    {
        var mentions = Tagger.Tag(text, Date(published));
        Assert.Equal(isDateline, mentions[0].IsDateline);
        Assert.All(mentions.Skip(1), m => Assert.False(m.IsDateline));
    }

    [Fact]
    public void Tag_AcledStyleNote_FindsMentionsInTextOrder()
    {
        const string note = "On 3 January, police arrested 12 protesters in Lahore. Two days later, they were released for 24 hours.";
        var mentions = Tagger.Tag(note, Date("2015-01-10"));
        Assert.Equal(new[] { "3 January", "Two days later", "24 hours" }, mentions.Select(m => m.Text));
        Assert.Equal(new[] { "2015-01-03", "2015-01-05", "PT24H" }, mentions.Select(m => m.Value));
        Assert.Equal(new int?[] { null, 0, null }, mentions.Select(m => m.Anchor));
        Assert.True(mentions.Select(m => m.Span.Start).SequenceEqual(mentions.Select(m => m.Span.Start).Order()));
    }

    [Fact]
    public void Tag_ConcurrentCalls_GiveTheSameResults()
    {
        var texts = Resolved.Select(row => row.Data.Item1).ToArray();
        var expected = texts.Select(text => Tagger.Tag(text, Date(Monday))).ToArray();
        var actual = new System.Collections.Immutable.ImmutableArray<TimeMention>[texts.Length];
        Parallel.For(0, texts.Length * 20, k => actual[k % texts.Length] = Tagger.Tag(texts[k % texts.Length], Date(Monday)));
        for (var k = 0; k < texts.Length; k++) Assert.Equal(expected[k], actual[k]);
    }

    [Fact]
    public void Tag_PublicationAtTheEndOfTime_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Tagger.Tag("on Monday", DateOnly.MaxValue));

    [Fact]
    public void Tag_EmptyText_FindsNothing() => Assert.Empty(Tagger.Tag("", Date(Monday)));

    [FsCheck.Xunit.Property]
    public bool Tag_AnyText_SpansLieInsideText(string? text, bool withDate)
    {
        text ??= "";
        return Tagger.Tag(text, withDate ? Date(LeapDay) : null).All(m => m.Span.End <= text.Length && m.Span.Of(text) == m.Text);
    }

    static readonly string[] Fragments =
    [
        "on", "Monday", "3", "May", "2015", "-", "/", ",", ".", "the", "early", "hours", "of", "last", "year", "week", "ago",
        "between", "and", "two", "days", "night", "overnight", "mid", "October", "Oct", "every", "past", "1990s", "'", "late",
        "first", "half", "summer", "fall", "10", ":", "30", "pm", "next", "following", "day", "\n", "Sunday", "Times", "will",
    ];

    [FsCheck.Xunit.Property]
    public bool Tag_DateLikeFragments_SpansLieInsideText(byte[]? picks, bool withDate)
    {
        var text = string.Join(" ", (picks ?? []).Select(p => Fragments[p % Fragments.Length]));
        return Tagger.Tag(text, withDate ? Date(YearEnd) : null).All(m => m.Span.End <= text.Length && m.Span.Of(text) == m.Text);
    }

    [FsCheck.Xunit.Property]
    public bool Tag_DateLikeFragments_IntervalsAreOrderedAndValuesSet(byte[]? picks, bool withDate)
    {
        var text = string.Join(" ", (picks ?? []).Select(p => Fragments[p % Fragments.Length]));
        return Tagger.Tag(text, withDate ? Date(NewYear) : null)
            .All(m => m.Value.Length > 0 && (m.Start is null) == (m.End is null) && !(m.Start > m.End) && (m.Anchor is null || m.Anchor >= 0));
    }

    static DateOnly? Date(string iso) => iso.Length == 0 ? null : DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    [Fact]
    public void Tag_ClockTimeWithNoDay_IsMarkedClockOnly()
    {
        var mentions = Tagger.Tag("Gunmen fired on a bus at 9:30 pm. On Monday at 10 pm another bus was hit.", Date(Monday));
        Assert.True(Assert.Single(mentions, m => m.Text == "9:30 pm").ClockOnly);
        Assert.False(Assert.Single(mentions, m => m.Text.StartsWith("Monday", StringComparison.Ordinal)).ClockOnly);
    }

    /// A range of clock times names no day at either end: "6pm" is not on a day that "6am" told.
    [Fact]
    public void Tag_ClockRangeWithNoDay_IsClockOnlyAtBothEnds()
    {
        var mentions = Tagger.Tag("Traders kept their shops shut from 6am to 6pm.", Date(Monday));
        Assert.Equal(2, mentions.Count());
        Assert.All(mentions, m => Assert.True(m.ClockOnly));
        Assert.All(mentions, m => Assert.Null(m.Anchor));
    }
}
