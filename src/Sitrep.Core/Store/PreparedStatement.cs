using System.Data;
using System.Data.Common;

namespace Sitrep.Core.Store;

/// One SQL statement compiled once and run many times with new parameter values (typed, so PostgreSQL can
/// prepare it before the first value is seen).
sealed class PreparedStatement : IDisposable
{
    readonly DbCommand _command;
    readonly DbParameter[] _parameters;

    public PreparedStatement(DbConnection connection, DbTransaction transaction, string sql, IReadOnlyList<(string Name, DbType Type)> parameters)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        _parameters = [.. parameters.Select(p =>
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = p.Name;
            parameter.DbType = p.Type;
            parameter.Value = DBNull.Value;
            _command.Parameters.Add(parameter);
            return parameter;
        })];
        _command.Prepare();
    }

    void Bind(IReadOnlyList<object?> values)
    {
        if (values.Count != _parameters.Length) throw new ArgumentException($"{_parameters.Length} values expected, {values.Count} given");
        for (var i = 0; i < values.Count; i++) _parameters[i].Value = values[i] ?? DBNull.Value;
    }

    public int Execute(params object?[] values)
    {
        Bind(values);
        return _command.ExecuteNonQuery();
    }

    public List<T> Query<T>(Func<DbDataReader, T> read, params object?[] values)
    {
        Bind(values);
        using var reader = _command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }

    public void Dispose() => _command.Dispose();
}
