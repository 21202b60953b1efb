using System.Globalization;
using Sitrep.Core.Store;
using Sitrep.Web.Tests;

// Usage: Sitrep.BrowserSeed DB [GENERATED]   (DB: a SQLite file or a PostgreSQL connection string)
if (args.Length is < 1 or > 2 || (args.Length == 2 && !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out _)))
{
    await Console.Error.WriteLineAsync("usage: Sitrep.BrowserSeed DB [GENERATED-ARTICLES]");
    return 2;
}
var generated = args.Length == 2 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 150;
using var store = EventStores.Open(args[0]);
var results = store.StoreBatch(SampleArticles.Bulk(generated));
var counts = store.Counts();
Console.WriteLine($"stored {results.Count(r => !r.IsDuplicate)} articles: {counts.Events} events from {counts.Reports} reports in {args[0]}");
return 0;
