using System.Collections;
using System.Reflection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Sitrep.Web.Hosting;

/// Serves the dashboard from resources embedded in this assembly (logical names "wwwroot/path/file"), so the
/// files travel inside Sitrep.Web.dll: no content root, no copy step, nothing fetched from the network.
public sealed class EmbeddedWebRoot : IFileProvider
{
    const string Prefix = "wwwroot/";
    readonly Assembly _assembly;
    readonly Dictionary<string, string> _resources;
    readonly DateTimeOffset _lastModified;

    public EmbeddedWebRoot(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        _assembly = assembly;
        // Paths are matched case-sensitively, as a Linux file system would; "\" from a Windows build becomes "/".
        _resources = assembly.GetManifestResourceNames()
            .Select(n => (Name: n, Path: n.Replace('\\', '/')))
            .Where(r => r.Path.StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(r => r.Path[Prefix.Length..], r => r.Name, StringComparer.Ordinal);
        // The assembly's own time stamp: a new build changes every ETag, so browsers do not keep stale scripts.
        var location = assembly.Location;
        _lastModified = location.Length > 0 && File.Exists(location)
            ? new DateTimeOffset(File.GetLastWriteTimeUtc(location), TimeSpan.Zero)
            : DateTimeOffset.UnixEpoch;
    }

    public static EmbeddedWebRoot ForThisAssembly() => new(typeof(EmbeddedWebRoot).Assembly);

    /// Every embedded path, for tests and diagnostics.
    public IEnumerable<string> Paths => _resources.Keys;

    public IFileInfo GetFileInfo(string subpath)
    {
        var path = Normalise(subpath);
        return path is not null && _resources.TryGetValue(path, out var name)
            ? new EmbeddedFile(_assembly, name, Path.GetFileName(path), _lastModified)
            : new NotFoundFileInfo(subpath);
    }

    public IDirectoryContents GetDirectoryContents(string subpath)
    {
        var path = Normalise(subpath);
        if (path is null) return NotFoundDirectoryContents.Singleton;
        var prefix = path.Length == 0 ? "" : path.TrimEnd('/') + "/";
        var files = _resources
            .Where(r => r.Key.StartsWith(prefix, StringComparison.Ordinal) && !r.Key[prefix.Length..].Contains('/'))
            .Select(r => (IFileInfo)new EmbeddedFile(_assembly, r.Value, r.Key[prefix.Length..], _lastModified))
            .ToList();
        var isDirectory = files.Count > 0 || _resources.Keys.Any(k => k.StartsWith(prefix, StringComparison.Ordinal));
        return isDirectory ? new Listing(files) : NotFoundDirectoryContents.Singleton;
    }

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    /// "/lib/x.js" -> "lib/x.js"; null for anything trying to leave the root.
    static string? Normalise(string subpath)
    {
        var path = (subpath ?? "").Replace('\\', '/').TrimStart('/');
        return path.Split('/').Any(s => s == "..") ? null : path;
    }

    sealed class Listing(List<IFileInfo> files) : IDirectoryContents
    {
        public bool Exists => true;
        public IEnumerator<IFileInfo> GetEnumerator() => files.GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
