namespace Sitrep.Core.Store;

/// A row of the articles table.
sealed class ArticleRow
{
    public string id { get; set; } = "";
    public string? url { get; set; }
    public string text_hash { get; set; } = "";
    public string text { get; set; } = "";
    public string? published { get; set; }
    public string published_source { get; set; } = "";
    public string? source { get; set; }

    public const string Columns = "id, url, text_hash, text, published, published_source, source";

    public const string Insert =
        "INSERT INTO articles (id, url, text_hash, text, published, published_source, source) VALUES (@id, @url, @text_hash, @text, @published, @published_source, @source)";
}
