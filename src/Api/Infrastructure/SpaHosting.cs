using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace AIntops.Api.Infrastructure;

/// <summary>
/// Serves the built SPA (web/dist) with a fallback to index.html for client-side routes. The build writes brotli and gzip copies
/// of its text files (web/scripts/compress.mjs); a browser that accepts one gets it. Files under /assets have content hashes in
/// their names, so they are cached for a year; index.html is revalidated on every load, so a new build is seen at once.
/// </summary>
public static class SpaHosting
{
    private const string HashedAssets = "/assets/";
    private static readonly (string Encoding, string Suffix)[] Encodings = [("br", ".br"), ("gzip", ".gz")];

    /// <summary>
    /// Before authentication: the SPA's files are public, and a request that no endpoint and no file answers is a 404 (or a 415
    /// when an endpoint of its path refused its media type) rather than the sign-in challenge of the fallback policy.
    /// </summary>
    public static void UseSpa(this WebApplication app)
    {
        var root = Path.GetFullPath(app.Configuration["Spa:Root"] ?? "wwwroot", app.Environment.ContentRootPath);
        app.MapFallback("/v1/{**path}", (HttpContext context) => MediaTypeProblems.AcceptedTypes(context) is { } accepted
            ? MediaTypeProblems.WriteAsync(context, accepted)
            : AuthenticationSetup.WriteProblemAsync(context, 404, "Not found.", $"No API endpoint {context.Request.Method} {context.Request.Path}.")).AllowAnonymous();
        if (File.Exists(Path.Combine(root, "index.html"))) ServeFiles(app, root);
        else app.Logger.LogWarning("No built SPA at {Root}; only the API is served. Build it with 'npm run build' in web/.", root);
        app.Use((context, next) =>
        {
            if (context.GetEndpoint() is not null) return next(context);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
    }

    private static void ServeFiles(WebApplication app, string root)
    {
        var files = new PhysicalFileProvider(root);
        var types = new FileExtensionContentTypeProvider();
        foreach (var (_, suffix) in Encodings) types.Mappings[suffix] = "application/octet-stream";
        var options = new StaticFileOptions { FileProvider = files, ContentTypeProvider = types, OnPrepareResponse = context => Prepare(context, types) };
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.Use((context, next) =>
        {
            ServeCompressed(context, files);
            return next(context);
        });
        app.UseStaticFiles(options);
        app.MapFallbackToFile("index.html", options).AllowAnonymous();
    }

    /// <summary>Points a request for a file at its compressed copy when the browser accepts that encoding and the copy exists.</summary>
    private static void ServeCompressed(HttpContext context, IFileProvider files)
    {
        var path = context.Request.Path.Value;
        if (path is null || !Path.HasExtension(path) || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))) return;
        var accepted = context.Request.GetTypedHeaders().AcceptEncoding;
        foreach (var (encoding, suffix) in Encodings)
            if (accepted.Any(a => a.Value.Equals(encoding, StringComparison.OrdinalIgnoreCase) && a.Quality is not <= 0) && files.GetFileInfo(path + suffix).Exists)
            {
                context.Request.Path = path + suffix;
                return;
            }
    }

    private static void Prepare(StaticFileResponseContext context, FileExtensionContentTypeProvider types)
    {
        var headers = context.Context.Response.Headers;
        var name = context.File.Name;
        if (Encodings.FirstOrDefault(e => name.EndsWith(e.Suffix, StringComparison.Ordinal)) is { Encoding: { } encoding, Suffix: var suffix })
        {
            headers.ContentEncoding = encoding;
            headers.ContentType = types.TryGetContentType(name[..^suffix.Length], out var type) ? type : "application/octet-stream";
        }
        headers.Vary = HeaderNames.AcceptEncoding;
        headers.CacheControl = context.Context.Request.Path.StartsWithSegments(HashedAssets.TrimEnd('/'))
            ? "public, max-age=31536000, immutable"
            : "no-cache";
    }
}
