using Sitrep.Core;
using Sitrep.Core.Store;

namespace Sitrep.Web;

/// How `sitrep serve` (or any host) starts the API and dashboard.
/// Db: a SQLite file path or a PostgreSQL connection string ("Host=...;Database=..."); null reads the "db" setting
/// (command line `--db`, environment `db`), then falls back to sitrep.db.
/// Urls: where to listen, e.g. "http://127.0.0.1:5000"; null keeps ASP.NET Core's own setting (`--urls`, ASPNETCORE_URLS).
/// AllowWrite: accept POST /api/articles; otherwise the server is read-only and POST answers 403.
/// Pipeline: builds the pipeline POST codes articles with, on the first POST only (loading it takes a while).
public sealed record WebOptions
{
    /// The largest request body accepted (an article of a few hundred KB is already long).
    public const long DefaultMaxRequestBytes = 5 * 1024 * 1024;

    public string? Db { get; init; }
    public string? Urls { get; init; }
    public bool AllowWrite { get; init; }
    public Func<Pipeline> Pipeline { get; init; } = Core.Pipeline.CreateDefault;
    public MergePolicy MergePolicy { get; init; } = MergePolicy.Conservative;
    public long MaxRequestBytes { get; init; } = DefaultMaxRequestBytes;
}
