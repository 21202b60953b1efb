namespace Sitrep.Core;

/// Where Sitrep's lexicons, tables and gazetteer live: $SITREP_DATA when set (users extend the
/// dictionaries there), else the data/ folder copied next to the assembly at build time.
public static class DataDirectory
{
    public static string Root
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("SITREP_DATA");
            if (!string.IsNullOrWhiteSpace(fromEnvironment)) return fromEnvironment;
            return Path.Combine(AppContext.BaseDirectory, "data");
        }
    }

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// Lines of a lexicon file: trimmed, blank lines and '#' comments dropped.
    public static IEnumerable<string> ReadLexicon(params string[] parts)
    {
        var path = PathOf(parts);
        if (!File.Exists(path)) throw new FileNotFoundException($"Sitrep data file is missing: {path}", path);
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line;
        }
    }
}
