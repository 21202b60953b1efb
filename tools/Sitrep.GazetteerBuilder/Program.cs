using System.Globalization;
using Sitrep.Core;
using Sitrep.Core.Geo;
using Sitrep.GazetteerBuilder;

// Derives Sitrep's compact gazetteer (data/gazetteer) from the GeoNames / Who's On First extracts.
// Usage: dotnet run --project tools/Sitrep.GazetteerBuilder -- <geonames dir> <output dir> [max villages]
//        dotnet run -c Release --project tools/Sitrep.GazetteerBuilder -- --measure [texts file, one text a line]
//        (load time and memory of the shipped gazetteer, and Geoparser throughput on the texts)
if (args.Length >= 1 && args[0] == "--measure") return GazetteerMeasure.Run(args.Length > 1 ? args[1] : null);
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Sitrep.GazetteerBuilder <geonames dir> <output dir> [max villages] | --measure [texts file]");
    return 2;
}
var source = args[0];
var output = args[1];
var maxVillages = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : int.MaxValue;
var builder = new PlaceTableBuilder(
    DataDirectory.ReadLexicon("geo", "admin-generics.tsv").Select(l => l.Split('\t')).Select(p => (p[0] == "prefix", PlaceNames.Fold(p[1]))).ToList(),
    DataDirectory.ReadLexicon("geo", "directions.txt").Select(l => PlaceNames.Fold(l.Trim())).ToHashSet(StringComparer.Ordinal));

// Country aliases live next to the builder's sources in the repository data folder.
builder.ReadCountryInfo(Path.Combine(source, "countryInfo.txt"));
builder.ReadAdminAreas(Path.Combine(source, "admin-areas.txt.gz"));
builder.ReadAdmin1Codes(Path.Combine(source, "admin1CodesASCII.txt"));
builder.ReadAdmin2Codes(Path.Combine(source, "admin2Codes.txt"));
builder.ReadPlaces(Path.Combine(source, "cities500.txt.gz"), PlaceSource.Cities, int.MaxValue);
builder.ReadPlaces(Path.Combine(source, "places-conflict.txt.gz"), PlaceSource.Villages, maxVillages);
builder.ReadWhosOnFirst(Path.Combine(source, "places-wof.txt.gz"));
foreach (var line in DataDirectory.ReadLexicon("geo", "country-aliases.tsv"))
{
    var parts = line.Split('\t');
    builder.AddCountryAliases(parts[0], parts[1].Split(','));
}
foreach (var line in DataDirectory.ReadLexicon("geo", "admin1-aliases.tsv"))
{
    var parts = line.Split('\t');
    builder.AddAdmin1Aliases(parts[0], parts[1].Split(','));
}
foreach (var line in DataDirectory.ReadLexicon("countries", "demonyms.tsv"))
{
    var parts = line.Split('\t');
    builder.AddCountryAliases(parts[0], [parts[1]]);
}
var regionId = 0;
foreach (var line in DataDirectory.ReadLexicon("geo", "regions.tsv"))
{
    var parts = line.Split('\t');
    builder.AddRegion(--regionId, parts[0], parts[1] == "-" ? null : parts[1],
        double.Parse(parts[2], CultureInfo.InvariantCulture), double.Parse(parts[3], CultureInfo.InvariantCulture),
        parts.Length > 4 ? parts[4].Split(',') : []);
}
var tables = builder.Build();
tables.Write(output);
Console.WriteLine($"{tables.Count:N0} places, {tables.KeyCount:N0} names, {tables.Postings.Length:N0} postings");
foreach (var file in Directory.GetFiles(output).Order(StringComparer.Ordinal))
    Console.WriteLine($"{Path.GetFileName(file)}\t{new FileInfo(file).Length:N0} bytes");
return 0;
