using System.Text.Encodings.Web;
using System.Text.Json;

namespace AIntops.MockProviders.Inference;

public static class InferenceJson
{
    /// <summary>snake_case as the admin pages, with text written as the providers write it (an apostrophe stays one, not \u0027).</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IResult Result(object value) => Results.Json(value, Options);
}
