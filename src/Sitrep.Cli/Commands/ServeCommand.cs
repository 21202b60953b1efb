using System.CommandLine;
using Sitrep.Core.Store;
using Sitrep.Web;

namespace Sitrep.Cli.Commands;

/// `sitrep serve`: the HTTP API, its OpenAPI reference and the dashboard, over a store.
public static class ServeCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
        var allowWrite = new Option<bool>("--allow-write") { Description = "Accept POST /api/articles (code and store an article); read-only otherwise" };
        var fatalities = new Option<MergePolicy>("--fatalities") { Description = "conservative or latest: which report's figure is an event's best", DefaultValueFactory = _ => MergePolicy.Conservative };
        var command = new Command("serve", "Serve the API (/api, /openapi/v1.json, /scalar) and the dashboard (/)") { db, urls, allowWrite, fatalities };
        command.SetAction(parse =>
        {
            var options = new WebOptions
            {
                Db = parse.GetValue(db),
                Urls = parse.GetValue(urls),
                AllowWrite = parse.GetValue(allowWrite),
                MergePolicy = parse.GetValue(fatalities),
            };
            try
            {
                var app = SitrepWebApp.Build([], options);
                Console.Error.WriteLine($"sitrep: serving {options.Db} at {options.Urls} (dashboard /, API /api/events, reference /scalar){(options.AllowWrite ? "; writes allowed" : "")}");
                app.Run();
                return 0;
            }
            catch (Exception e) when (CommonOptions.IsStoreProblem(e))
            {
                Console.Error.WriteLine($"sitrep: {options.Db}: {e.Message}");
                return 2;
            }
        });
        return command;
    }
}
