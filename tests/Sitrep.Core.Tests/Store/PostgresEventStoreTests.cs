using Npgsql;
using Sitrep.Core.Store;

namespace Sitrep.Core.Tests.Store;

/// The store suite on a real PostgreSQL server started for this class; each test gets its own database.
public sealed class PostgresEventStoreTests(PostgresServer server) : EventStoreTests<PostgresEventStore>, IClassFixture<PostgresServer>
{
    string? _connectionString;

    string ConnectionString => _connectionString ??= server.CreateDatabase();

    protected override PostgresEventStore Open(int? upToVersion = null) => new(ConnectionString, upToVersion);

    protected override int LatestVersion => PostgresEventStore.LatestSchemaVersion;

    protected override void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    protected override void FailAt(PostgresEventStore store, string step) =>
        store.Engine.OnWriteStep = s => { if (s == step) throw new InvalidOperationException($"injected failure at {s}"); };

    [Fact]
    public void Open_UnknownDatabase_ClearError()
    {
        var missing = ConnectionString.Replace("Database=", "Database=missing_", StringComparison.Ordinal);
        var error = Assert.Throws<StoreSchemaException>(() => new PostgresEventStore(missing));
        Assert.StartsWith("cannot connect to the PostgreSQL database missing_", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EventStoresOpen_ConnectionString_PostgresStore()
    {
        using var store = EventStores.Open(ConnectionString);
        Assert.IsType<PostgresEventStore>(store);
        Assert.Equal(PostgresEventStore.LatestSchemaVersion, store.SchemaVersion);
    }
}
