using Sitrep.Core.Text;

namespace Sitrep.Core.Entities;

/// Reads the stage's tab-separated data files: '#' comments and blank lines skipped, fields trimmed, and a short
/// row reported with the file and line so a user extending a table sees what to fix.
internal static class TabFile
{
    public static IEnumerable<(int Line, string[] Fields)> Rows(string path, int minimumFields)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Sitrep data file is missing: {path}", path);
        var line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            var trimmed = raw.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#') continue;
            var fields = raw.Split('\t').Select(f => f.Trim()).ToArray();
            if (fields.Length < minimumFields)
                throw new BadInputException(path, line, $"has {fields.Length} tab-separated fields; expected at least {minimumFields}");
            yield return (line, fields);
        }
    }
}
