using Microsoft.AspNetCore.Diagnostics;
using Sitrep.Core.Store;
using Sitrep.Core.Text;

namespace Sitrep.Web.Hosting;

/// Turns what a client got wrong into problem+json with the reason (never a bare 500): a body too large, JSON that
/// does not parse, a bad input the pipeline rejected. Anything else is a bug and stays a 500 with no details leaked.
sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException e when e.StatusCode == StatusCodes.Status413PayloadTooLarge =>
                (e.StatusCode, "Request too large", e.Message),
            BadHttpRequestException e => (e.StatusCode, "Bad request", e.Message),
            BadInputException e => (StatusCodes.Status400BadRequest, "Bad input", e.Message),
            StoreSchemaException e => (StatusCodes.Status503ServiceUnavailable, "Database not usable", e.Message),
            _ => (StatusCodes.Status500InternalServerError, "Internal error", "The server failed; the log has the details."),
        };
        if (status >= 500) log.LogError(exception, "Request {Path} failed", context.Request.Path);
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
