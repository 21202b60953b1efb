using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Sitrep.Core.Store;
using Sitrep.Web.Api;

namespace Sitrep.Web.Endpoints;

/// GET /api/articles/{id} (the text with its evidence spans) and POST /api/articles (code and store one article).
public static class ArticleEndpoints
{
    public static IEndpointRouteBuilder MapArticles(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/articles").WithTags("Articles");
        group.MapGet("/{id}", Get)
            .WithName("GetArticle")
            .WithSummary("A stored article: its text and every record coded from it, with evidence spans into the text")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", Post)
            .WithName("PostArticle")
            .WithSummary("Code one article with the pipeline, store it and return the events it went into")
            .WithDescription("Only when the server was started with --allow-write; otherwise 403. "
                + "Body: {\"id\",\"text\",\"published\",\"source\",\"url\"}; only text is required.")
            .Accepts<ArticleInput>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return routes;
    }

    static Results<Ok<ArticleView>, ProblemHttpResult> Get([FromRoute] string id, IEventStore store, Views views) =>
        store.GetArticle(id) is { } a ? TypedResults.Ok(views.Article(a)) : Problems.NotFound("article", id);

    static async Task<Results<Created<ArticleStored>, Ok<ArticleStored>, ProblemHttpResult>> Post(
        HttpRequest request, WebOptions options, ArticleCoder coder, IEventStore store, Views views, CancellationToken cancel)
    {
        if (!options.AllowWrite) return Problems.ReadOnly();
        // Kestrel enforces the limit on the wire; this check answers early and also holds in hosts without Kestrel.
        if (request.ContentLength > options.MaxRequestBytes) return Problems.TooLarge(options.MaxRequestBytes);
        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            return TypedResults.Problem("The body must be JSON (Content-Type: application/json)",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");

        ArticleInput? input;
        try
        {
            input = await JsonSerializer.DeserializeAsync<ArticleInput>(request.Body, SitrepWebApp.JsonOptions, cancel);
        }
        catch (JsonException e)
        {
            return Problems.BadParameter($"The body is not a JSON article ({e.Message}); expected {{\"id\",\"text\",\"published\",\"source\",\"url\"}}");
        }
        if (input is null) return Problems.BadParameter("The body is null; expected {\"id\",\"text\",\"published\",\"source\",\"url\"}");

        Core.Text.Article article;
        try
        {
            article = ArticleCoder.ToArticle(input);
        }
        catch (ParameterException e)
        {
            return Problems.BadParameter(e.Message);
        }

        var (_, stored) = coder.CodeAndStore(article);
        var events = stored.EventIds.Distinct().Select(store.GetEvent).OfType<StoredEvent>().Select(views.Summary);
        var body = new ArticleStored(stored.ArticleId, JsonNamingPolicy.SnakeCaseLower.ConvertName(stored.Outcome.ToString()),
            stored.DuplicateOf, stored.EventsCreated, stored.EventsMerged, stored.Statistics, [.. events]);
        return stored.IsDuplicate
            ? TypedResults.Ok(body)
            : TypedResults.Created($"/api/articles/{Uri.EscapeDataString(stored.ArticleId)}", body);
    }
}
