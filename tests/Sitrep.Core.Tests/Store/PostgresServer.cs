using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Sitrep.Core.Tests.Store;

/// A throwaway PostgreSQL server from Debian's binaries: initdb into a temporary folder, started on a free
/// loopback port with its unix socket in that folder, stopped and deleted at the end. initdb refuses to run as
/// root, so as root the server runs as the postgres user. When the binaries are missing the tests skip, except
/// in CI (CI=true), where they fail: tests/postgres/ensure.sh installs them.
public sealed class PostgresServer : IDisposable
{
    readonly string? _root;
    readonly string? _bin;
    readonly bool _asPostgresUser;
    int _databases;

    public PostgresServer()
    {
        _bin = FindBinaries();
        if (_bin is null)
        {
            Unavailable = "PostgreSQL's initdb and pg_ctl are not under /usr/lib/postgresql/*/bin: run tests/postgres/ensure.sh";
            return;
        }
        _asPostgresUser = Environment.UserName == "root";
        _root = Directory.CreateTempSubdirectory("sitrep-pg-").FullName;
        try
        {
            if (_asPostgresUser) Run("chown", ["-R", "postgres:postgres", _root], asPostgres: false);
            var data = Path.Combine(_root, "data");
            Run(Path.Combine(_bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"]);
            Port = FreePort();
            Run(Path.Combine(_bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60", "-o",
                $"-p {Port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
                "start"]);
        }
        catch (Exception e)
        {
            // A machine with the binaries must be able to run them: that is a failure, not a skip.
            Failure = $"PostgreSQL did not start: {e.Message}";
        }
    }

    /// Why the tests cannot run here (binaries missing); null when the server is up or failed.
    public string? Unavailable { get; }

    /// Why starting the server failed although the binaries are there.
    public string? Failure { get; }

    public int Port { get; }

    string AdminConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false;Timeout=30";

    /// A new empty database on the server; its connection string.
    public string CreateDatabase()
    {
        if (Failure is not null) Assert.Fail(Failure);
        if (Unavailable is not null)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(Unavailable);
            Assert.Skip(Unavailable);
        }
        var name = $"sitrep_test_{Interlocked.Increment(ref _databases)}";
        using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }
        return $"Host=127.0.0.1;Port={Port};Username=postgres;Database={name};Timeout=30";
    }

    static string? FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root)) return null;
        return Directory.GetDirectories(root)
            .Select(d => Path.Combine(d, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
            .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0)
            .FirstOrDefault();
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    void Run(string program, IReadOnlyList<string> arguments, bool asPostgres = true)
    {
        var start = new ProcessStartInfo
        {
            FileName = asPostgres && _asPostgresUser ? "runuser" : program,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _root ?? Path.GetTempPath(),
        };
        if (asPostgres && _asPostgresUser)
        {
            foreach (var a in new[] { "-u", "postgres", "--", program }) start.ArgumentList.Add(a);
        }
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} took over 2 minutes");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} exited {process.ExitCode}: {error.Result}{output.Result}");
    }

    public void Dispose()
    {
        if (_root is null) return;
        try
        {
            if (Failure is null && _bin is not null)
                Run(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_root, "data"), "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
