using AIntops.Application.Common.Exceptions;
using AIntops.Application.Ingest;
using AIntops.Application.Plans;
using AIntops.Domain.Common;
using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using AIntops.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AIntops.Api.Infrastructure;

/// <summary>The one place where exceptions become RFC 9457 problem details. A 500 never carries exception text.</summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = Map(exception);
        if (status == StatusCodes.Status500InternalServerError)
            logger.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
        else if (exception is DbUpdateException)
            logger.LogWarning(exception, "A unique key refused a change on {Method} {Path}", context.Request.Method, context.Request.Path);
        if (exception is LockedException locked) SetRetryAfter(context, locked.RetryAfter);
        if (exception is TooManyRequestsException limited) SetRetryAfter(context, limited.RetryAfter);
        if (exception is IngestOverloadedException or IngestOrganizationBusyException) SetRetryAfter(context, TimeSpan.FromSeconds(1));

        var problem = exception switch
        {
            ValidationException validation => new HttpValidationProblemDetails(validation.Errors
                .GroupBy(e => CamelCase(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray())),
            CredentialsRefusedException refused => new HttpValidationProblemDetails(
                new Dictionary<string, string[]> { [CredentialsRefusedException.Field] = [refused.Message] }),
            BadHttpRequestException { InnerException: JsonException { Path: { Length: > 2 } path } } => new HttpValidationProblemDetails(
                new Dictionary<string, string[]> { [path[2..]] = ["This field is not accepted here, or its value has the wrong type or format."] }),
            _ => new ProblemDetails(),
        };
        if (exception is PlanFeatureException gated)
        {
            problem.Extensions["reason"] = PlanFeatureException.Reason;
            problem.Extensions["plan"] = PlanCatalog.NameOf(gated.Plan);
            problem.Extensions["requiredPlan"] = gated.RequiredPlan is { } required ? PlanCatalog.NameOf(required) : null;
        }
        problem.Status = status;
        problem.Title = title;
        problem.Detail = detail;
        context.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private static (int Status, string Title, string? Detail) Map(Exception exception) => exception switch
    {
        ValidationException => (400, "One or more fields are invalid.", "See errors for each field."),
        BadHttpRequestException bad when bad.StatusCode == 413 => (413, "Payload too large.", "The request body is larger than this endpoint accepts."),
        BadHttpRequestException => (400, "The request could not be read.", "The body must be valid JSON with the documented field types."),
        UnauthorizedException e => (401, "Unauthorized.", e.Message),
        ForbiddenException e => (403, "Forbidden.", e.Message),
        NotFoundException e => (404, "Not found.", e.Message),
        ConflictException e => (409, "Conflict.", e.Message),
        DomainRuleException e => (409, "Conflict.", e.Message),
        DbUpdateConcurrencyException => (409, "Conflict.", "Someone else changed this at the same time. Reload and try again."),
        DbUpdateException e when DatabaseErrors.IsUniqueViolation(e) => (409, "Conflict.", "The change conflicts with existing data."),
        LockedException e => (423, "Locked.", e.Message),
        TooManyRequestsException e => (429, "Too many requests.", e.Message),
        PayloadTooLargeException e => (413, "Payload too large.", e.Message),
        IngestOverloadedException e => (503, "Busy.", e.Message),
        IngestOrganizationBusyException e => (429, "Too many requests.", e.Message),
        CredentialsRefusedException e => (400, "The provider refused the key.", e.Message),
        BadGatewayException e => (502, "The provider could not be used.", e.Message),
        PlanFeatureException e => (402, "Not included in this organization's plan.", e.Message),
        _ => (500, "An unexpected error occurred.", "The error was logged. Try again, and contact the operator if it persists."),
    };

    internal static void SetRetryAfter(HttpContext context, TimeSpan retryAfter) =>
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();

    private static string CamelCase(string name) =>
        string.Join('.', name.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
