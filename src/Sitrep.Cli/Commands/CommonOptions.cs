using System.CommandLine;
using System.Globalization;

namespace Sitrep.Cli.Commands;

/// Arguments every command that reads articles shares: FILE, DIR or - and an optional publication date.
public static class CommonOptions
{
    public static Argument<string[]> Inputs() => new("inputs")
    {
        Description = "Files, folders or - for stdin: plain text, JSONL lines {\"id\",\"text\",\"published\",\"source\",\"url\"}, JSON, HTML pages, RSS/Atom feeds",
        Arity = ArgumentArity.OneOrMore,
        // An option the command does not have would otherwise be read as a file name ("--publishd: no such file").
        Validators =
        {
            r =>
            {
                foreach (var token in r.Tokens.Where(t => t.Value.Length > 1 && t.Value[0] == '-' && !File.Exists(t.Value) && !Directory.Exists(t.Value)))
                    r.AddError($"{token.Value}: not an option of this command (see --help); a file whose name starts with '-' can be given as ./{token.Value}");
            },
        },
    };

    public static Option<string?> Published() => new("--published")
    {
        Description = "Publication date (YYYY-MM-DD) for inputs that do not carry one",
        Validators = { r => { if (r.Tokens.Count == 1 && ParseDate(r.Tokens[0].Value) is null) r.AddError($"--published is \"{r.Tokens[0].Value}\"; expected a date like 2016-10-03"); } },
    };

    public static Option<long> MaxBytes() => new("--max-bytes")
    {
        Description = "Largest article (file, JSONL line or stdin) read, in bytes",
        DefaultValueFactory = _ => Sitrep.Core.Text.Input.ArticleReader.DefaultMaxBytes,
        Validators = { r => { if (r.GetValueOrDefault<long>() <= 0) r.AddError("--max-bytes must be a positive number of bytes"); } },
    };

    public static Option<string> Database() => new("--db")
    {
        Description = "The store: a SQLite file (default sitrep.db) or a PostgreSQL connection string (\"Host=...;Database=...\")",
        DefaultValueFactory = _ => Sitrep.Core.Store.EventStores.DefaultPath,
    };

    /// Opens the store, or says on stderr why it cannot (a newer schema, not a Sitrep database, no server).
    public static Sitrep.Core.Store.IEventStore? OpenStore(string db)
    {
        try
        {
            return Sitrep.Core.Store.EventStores.Open(db);
        }
        catch (Exception e) when (IsStoreProblem(e))
        {
            Console.Error.WriteLine($"sitrep: {db}: {e.Message}");
            return null;
        }
    }

    /// What opening a store can fail with that the user can fix: a newer schema, not a Sitrep database, no server.
    public static bool IsStoreProblem(Exception e) =>
        e is Sitrep.Core.Store.StoreSchemaException or IOException or InvalidOperationException or System.Data.Common.DbException;

    /// Said once per article that has no date, by every command that resolves dates.
    public static void WarnNoPublicationDate(string articleId) =>
        Console.Error.WriteLine($"sitrep: {articleId}: no publication date given or found in the text; relative dates are left unresolved (pass --published YYYY-MM-DD)");

    /// How every command writes JSON: readable non-ASCII (place names, quotes), indented or one record a line.
    public static System.Text.Json.JsonWriterOptions Json(bool indented) =>
        new() { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
