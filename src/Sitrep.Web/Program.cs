using Sitrep.Web;

// A host of its own for tests (WebApplicationFactory<Program>) and for running the dashboard without the CLI:
//   dotnet Sitrep.Web.dll --db events.db --urls http://127.0.0.1:5000 [--allow-write]
// A bare --allow-write flag becomes the setting "allow-write=true" (configuration wants a value).
var settings = args.Select(a => a == "--allow-write" ? "--allow-write=true" : a).ToArray();
var app = SitrepWebApp.Build(settings, new WebOptions());
app.Run();

/// Lets the test host (WebApplicationFactory of Program) find this host's entry point.
public partial class Program;
