using System.CommandLine;
using Sitrep.Cli.Commands;

var root = new RootCommand("Sitrep: news reports about armed conflict in, coded events (ACLED taxonomy) out, with evidence for every field.")
{
    ExtractCommand.Create(),
    IngestCommand.Create(),
    AlertsCommand.Create(),
    BenchCommand.Create(),
    ExportCommand.Create(),
    ServeCommand.Create(),
    EvalCommand.Create(),
    PlacesCommand.Create(),
    TimesCommand.Create(),
};
return root.Parse(args).Invoke();
