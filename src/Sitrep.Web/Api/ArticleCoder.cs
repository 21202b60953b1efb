using System.Security.Cryptography;
using System.Text;
using Sitrep.Core;
using Sitrep.Core.Store;
using Sitrep.Core.Text;

namespace Sitrep.Web.Api;

/// Codes a posted article with the pipeline and stores it. The pipeline is built on the first article only:
/// loading the gazetteer takes seconds, and a read-only server never needs it.
public sealed class ArticleCoder(WebOptions options, IEventStore store)
{
    readonly Lazy<Pipeline> _pipeline = new(options.Pipeline, LazyThreadSafetyMode.ExecutionAndPublication);

    /// Checks the body and turns it into an Article; the message names the field and says what is expected.
    public static Article ToArticle(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.Text)) throw new ParameterException("\"text\" is missing or empty; expected the article's text");
        var published = EventListRequest.Date("\"published\"", input.Published);
        var id = string.IsNullOrWhiteSpace(input.Id) ? TextId(input.Text) : input.Id.Trim();
        if (input.Url is { Length: > 0 } url && !Uri.TryCreate(url, UriKind.Absolute, out _))
            throw new ParameterException($"\"url\" is \"{url}\"; expected an absolute URL like https://example.org/news/1");
        return new Article(id, input.Text, published, input.Source, input.Url);
    }

    public (ArticleResult Coded, StoreResult Stored) CodeAndStore(Article article)
    {
        var coded = _pipeline.Value.Run(article);
        return (coded, store.Store(coded, options.MergePolicy));
    }

    /// An article without an id gets one from its text, so posting the same text twice is recognised.
    static string TextId(string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return "post-" + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
