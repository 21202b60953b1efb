using System.Diagnostics.CodeAnalysis;

namespace Sitrep.Core.Text.Input;

/// One item read from the input: an article, or the reason one input (or one line of it) could not be read.
/// Errors are values, not throws, so one bad line does not stop the other 99,999 from being read.
public sealed record ReadResult
{
    ReadResult(Article? article, BadInputException? error) => (Article, Error) = (article, error);

    public static ReadResult Success(Article article) =>
        new(article ?? throw new ArgumentNullException(nameof(article)), null);

    public static ReadResult Failure(BadInputException error) =>
        new(null, error ?? throw new ArgumentNullException(nameof(error)));

    public Article? Article { get; }

    public BadInputException? Error { get; }

    [MemberNotNullWhen(true, nameof(Article))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Article is not null;

    public override string ToString() => IsSuccess ? $"article {Article.Id}" : $"error {Error.Message}";
}
