using System.CommandLine;
using Sitrep.Cli.Evaluation;

namespace Sitrep.Cli.Commands;

/// `sitrep eval`: scores Sitrep against gold data written by others.
public static class EvalCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "ACLED export (CSV with EVENT_DATE, EVENT_TYPE, NOTES, LATITUDE, LONGITUDE, FATALITIES ...)" };
        var limit = new Option<int?>("--limit") { Description = "Score only the first N rows" };
        var misses = new Option<FileInfo?>("--misses") { Description = "Write the rows Sitrep got wrong, with what it coded, to this JSONL file" };
        var acled = new Command("acled", "Code the NOTES column (published the day after EVENT_DATE) and score it against the coded columns") { file, limit, misses };
        acled.SetAction(parse => AcledEvaluation.Run(parse.GetValue(file)!, parse.GetValue(limit), parse.GetValue(misses)));
        var caseFile = new Argument<FileInfo>("file") { Description = "CASE 2021 Task 2 test set (tab-separated: id, snippet, label)" };
        var caseLimit = new Option<int?>("--limit") { Description = "Score only the first N snippets" };
        var caseMisses = new Option<FileInfo?>("--misses") { Description = "Write the snippets Sitrep classed wrong, with its sub-type, to this JSONL file" };
        var case2021 = new Command("case2021", "Sub-type classification on CASE 2021 snippets (25 ACLED sub-types + 5 non-violence classes)") { caseFile, caseLimit, caseMisses };
        case2021.SetAction(parse => CaseEvaluation.Run(parse.GetValue(caseFile)!, parse.GetValue(caseLimit), parse.GetValue(caseMisses)));
        return new Command("eval", "Measure accuracy on gold data") { acled, case2021, PlacesCommand.CreateEvaluation(), TempEvalCommand.Create() };
    }
}
