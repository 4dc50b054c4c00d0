namespace AIntops.MockProviders.Anthropic;

/// <summary>Anthropic's error bodies (as in tests/AIntops.UnitTests/Providers/Fixtures: error_400_invalid_request, error_401_invalid_x_api_key, error_429_rate_limit).</summary>
public static class AnthropicErrors
{
    public static IResult MissingKey() => Error(401, "authentication_error", "x-api-key header is required");

    public static IResult InvalidKey() => Error(401, "authentication_error", "invalid x-api-key");

    public static IResult MissingVersion() => Error(400, "invalid_request_error", "anthropic-version: header is required");

    public static IResult BadRequest(string message) => Error(400, "invalid_request_error", message);

    public static IResult ForStatus(int status) => status switch
    {
        429 => Error(429, "rate_limit_error", "Your account has hit a rate limit."),
        529 => Error(529, "overloaded_error", "Overloaded"),
        _ => Error(status, "api_error", "Internal server error"),
    };

    private static IResult Error(int status, string type, string message) =>
        Results.Json(new AnthropicError(new AnthropicErrorDetail(type, message), $"req_011CMOCK{Guid.NewGuid():N}"[..28]), statusCode: status);
}
