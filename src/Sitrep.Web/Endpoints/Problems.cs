using Microsoft.AspNetCore.Http.HttpResults;

namespace Sitrep.Web.Endpoints;

/// The problem+json answers the endpoints share, so every 400/403/404 reads the same way.
static class Problems
{
    public static ProblemHttpResult BadParameter(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad parameter");

    public static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem($"No {what} with id \"{id}\"", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult ReadOnly() => TypedResults.Problem(
        "This server is read-only: POST /api/articles needs the server started with --allow-write (sitrep serve --allow-write).",
        statusCode: StatusCodes.Status403Forbidden, title: "Writing is disabled");

    public static ProblemHttpResult TooLarge(long limit) => TypedResults.Problem(
        $"The request body is larger than the limit of {limit} bytes",
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large");
}
