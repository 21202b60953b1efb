using System.Data.Common;
using Sitrep.Core.Store;
using Sitrep.Web;

// A host of its own for tests (WebApplicationFactory of Program) and for running the dashboard without the CLI:
//   dotnet Sitrep.Web.dll --db events.db --urls http://127.0.0.1:5000 [--allow-write]
// A bare --allow-write flag becomes the setting "allow-write=true" (configuration wants a value).
var settings = args.Select(a => a == "--allow-write" ? "--allow-write=true" : a).ToArray();
WebApplication app;
try
{
    app = SitrepWebApp.Build(settings, new WebOptions());
}
catch (Exception e) when (e is StoreSchemaException or IOException or InvalidOperationException or DbException)
{
    // A database that cannot be opened is the user's to fix: say what the store said, not a stack trace.
    Console.Error.WriteLine($"Sitrep.Web: {e.Message}");
    return 2;
}
app.Run();
return 0;

/// Lets the test host (WebApplicationFactory of Program) find this host's entry point.
public partial class Program;
