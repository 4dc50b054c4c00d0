using AIntops.Application.Providers;
using System.Text.Encodings.Web;
using System.Text.Json;
using AIntops.Application.Gateway;

namespace AIntops.Api.Gateway;

/// <summary>
/// The gateway's own refusals, in the error shape of the provider the caller's SDK speaks, so the SDK raises its usual error with
/// our message (docs/adr/0033-gateway.md). Upstream errors are relayed as they are and never pass through here.
/// </summary>
public static class GatewayErrors
{
    /// <summary>Refuses a request under <c>/gateway/{provider}</c>; the authentication scheme's error writer.</summary>
    public static Task WriteAsync(HttpContext context, int status, string title, string detail) =>
        WriteAsync(context, ProviderOf(context), status, detail, status switch
        {
            401 => "invalid_aintops_key",
            429 => "rate_limit_exceeded",
            _ => null,
        });

    public static async Task WriteAsync(HttpContext context, string provider, int status, string message, string? code, string? param = null)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(context.Response.Body, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        if (provider == ProviderNames.Anthropic)
        {
            json.WriteString("type", "error");
            json.WriteStartObject("error");
            json.WriteString("type", AnthropicType(status));
            json.WriteString("message", message);
        }
        else
        {
            json.WriteStartObject("error");
            json.WriteString("message", message);
            json.WriteString("type", OpenAiType(status, code));
            json.WriteString("param", param);
            json.WriteString("code", code);
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string ProviderOf(HttpContext context) =>
        context.Request.Path.StartsWithSegments($"{GatewayPaths.Prefix}/{ProviderNames.Anthropic}") ? ProviderNames.Anthropic : ProviderNames.OpenAi;

    private static string OpenAiType(int status, string? code) => code == "insufficient_quota" ? "insufficient_quota" : status switch
    {
        429 => "requests",
        >= 500 => "server_error",
        _ => "invalid_request_error",
    };

    private static string AnthropicType(int status) => status switch
    {
        400 => "invalid_request_error",
        401 => "authentication_error",
        403 => "permission_error",
        404 => "not_found_error",
        413 => "request_too_large",
        429 => "rate_limit_error",
        529 => "overloaded_error",
        _ => "api_error",
    };
}
