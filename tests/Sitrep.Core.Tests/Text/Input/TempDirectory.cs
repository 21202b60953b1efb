using System.Text;

namespace Sitrep.Core.Tests.Text.Input;

/// A fresh directory under the system temp folder, deleted when the test ends.
public sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "sitrep-input-" + Guid.NewGuid().ToString("N"));

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

    public string Write(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind must not fail the test that made it.
        }
    }
}
