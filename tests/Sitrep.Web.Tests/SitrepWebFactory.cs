using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Sitrep.Core.Store;

namespace Sitrep.Web.Tests;

/// The app on a temporary SQLite file holding the sample articles; read-only unless built with allowWrite.
public class SitrepWebFactory : WebApplicationFactory<Program>
{
    readonly string _folder = Directory.CreateTempSubdirectory("sitrep-web-").FullName;

    public SitrepWebFactory() : this(allowWrite: false) { }

    protected SitrepWebFactory(bool allowWrite)
    {
        AllowWrite = allowWrite;
        DbPath = Path.Combine(_folder, "events.db");
        using var store = EventStores.Open(DbPath);
        foreach (var article in SampleArticles.Core()) store.Store(article);
    }

    public bool AllowWrite { get; }
    public string DbPath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("db", DbPath);
        builder.UseSetting("allow-write", AllowWrite ? "true" : "false");
        builder.UseEnvironment("Production");
        // Request logs would bury the test output.
        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { } // a file still mapped by SQLite on some systems; the temp folder is cleaned later
    }
}
