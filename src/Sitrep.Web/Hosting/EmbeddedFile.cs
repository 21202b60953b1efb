using System.Reflection;
using Microsoft.Extensions.FileProviders;

namespace Sitrep.Web.Hosting;

/// One embedded dashboard file as the static-file middleware sees it.
sealed class EmbeddedFile : IFileInfo
{
    readonly Assembly _assembly;
    readonly string _resource;

    public EmbeddedFile(Assembly assembly, string resource, string name, DateTimeOffset lastModified)
    {
        (_assembly, _resource, Name, LastModified) = (assembly, resource, name, lastModified);
        using var stream = CreateReadStream();
        Length = stream.Length;
    }

    public bool Exists => true;
    public long Length { get; }
    public string? PhysicalPath => null;
    public string Name { get; }
    public DateTimeOffset LastModified { get; }
    public bool IsDirectory => false;

    public Stream CreateReadStream() =>
        _assembly.GetManifestResourceStream(_resource) ?? throw new FileNotFoundException(_resource);
}
