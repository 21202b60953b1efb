namespace Sitrep.Core.Tests;

/// The ../shared folder beside the repository (evaluation data is read from there, never copied in).
/// In CI it must be there; on a developer's machine without it, the tests that need it are skipped.
static class SharedData
{
    public static string PathOf(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx"))) continue;
            var path = Path.Combine([dir.FullName, "..", "shared", .. parts]);
            if (File.Exists(path)) return path;
            break;
        }
        var where = Path.Combine(["..", "shared", .. parts]);
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail($"{where} is missing: CI must have ../shared beside the clone");
        Assert.Skip($"{where} is not on this machine");
        return "";
    }
}
