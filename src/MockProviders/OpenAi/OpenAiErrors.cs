namespace AIntops.MockProviders.OpenAi;

/// <summary>OpenAI's error bodies (as in tests/AIntops.UnitTests/Providers/Fixtures: error_401_invalid_api_key, error_403_missing_scope, error_429_rate_limit).</summary>
public static class OpenAiErrors
{
    public static IResult MissingKey() => Error(401,
        "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
        "invalid_request_error", null);

    public static IResult InvalidKey(string key) => Error(401,
        $"Incorrect API key provided: {Masked(key)}. You can find your API key at https://platform.openai.com/account/api-keys.",
        "invalid_request_error", "invalid_api_key");

    public static IResult MissingScope() => Error(403,
        "You have insufficient permissions for this operation. Missing scopes: api.usage.read.", "invalid_request_error", null);

    public static IResult BadRequest(string message, string? param) => Error(400, message, "invalid_request_error", null, param);

    public static IResult ForStatus(int status) => status switch
    {
        429 => Error(429, "Rate limit reached for requests. Please try again later.", "requests", "rate_limit_exceeded"),
        503 => Error(503, "The server is overloaded or not ready yet.", "server_error", null),
        _ => Error(status, "The server had an error while processing your request. Sorry about that!", "server_error", null),
    };

    /// <summary>As OpenAI shows a refused key: its prefix, stars, and its last four characters.</summary>
    public static string Masked(string key)
    {
        var prefix = key.StartsWith("sk-admin-", StringComparison.Ordinal) ? "sk-admin-" : key[..Math.Min(3, key.Length)];
        return key.Length <= prefix.Length + 4 ? prefix + "****" : prefix + new string('*', 20) + key[^4..];
    }

    private static IResult Error(int status, string message, string type, string? code, string? param = null) =>
        Results.Json(new OpenAiError(new OpenAiErrorDetail(message, type, param, code)), statusCode: status);
}
