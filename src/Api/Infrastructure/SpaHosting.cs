using Microsoft.Extensions.FileProviders;

namespace AIntops.Api.Infrastructure;

/// <summary>Serves the built SPA (web/dist) with a fallback to index.html for client-side routes.</summary>
public static class SpaHosting
{
    public static void UseSpa(this WebApplication app)
    {
        var root = Path.GetFullPath(app.Configuration["Spa:Root"] ?? "wwwroot", app.Environment.ContentRootPath);
        app.MapFallback("/v1/{**path}", (HttpContext context) =>
            AuthenticationSetup.WriteProblemAsync(context, 404, "Not found.", $"No API endpoint {context.Request.Method} {context.Request.Path}."));
        if (!File.Exists(Path.Combine(root, "index.html")))
        {
            app.Logger.LogWarning("No built SPA at {Root}; only the API is served. Build it with 'npm run build' in web/.", root);
            return;
        }
        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.MapFallbackToFile("index.html", new StaticFileOptions { FileProvider = files });
    }
}
