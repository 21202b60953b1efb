using System.Data;
using System.Data.Common;
using System.Reflection;

namespace Sitrep.Core.Store;

/// Binds a row class (snake_case properties named like the columns) to command parameters and reads it back
/// from a data reader, for the prepared statements of the write path. Integers are long and reals double on
/// both databases; PostgreSQL's int4 values are widened.
static class RowBinder<T> where T : new()
{
    static readonly PropertyInfo[] Properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance);
    static readonly Dictionary<string, PropertyInfo> ByName = Properties.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<(string Name, DbType Type)> Parameters(string columns) =>
        [.. columns.Split(", ").Select(c => (c, TypeOf(ByName[c].PropertyType)))];

    public static object?[] Values(T row, string columns) => [.. columns.Split(", ").Select(c => ByName[c].GetValue(row))];

    public static T Read(DbDataReader reader)
    {
        var row = new T();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (reader.IsDBNull(i)) continue;
            var property = ByName[reader.GetName(i)];
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var value = reader.GetValue(i);
            property.SetValue(row, type == typeof(long) ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)
                : type == typeof(double) ? Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)
                : value);
        }
        return row;
    }

    static DbType TypeOf(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(long) => DbType.Int64,
        var t when t == typeof(double) => DbType.Double,
        _ => DbType.String,
    };
}
