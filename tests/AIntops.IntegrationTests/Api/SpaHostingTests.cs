using System.IO.Compression;
using System.Net;
using System.Text;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Api;

/// <summary>A built SPA as web/scripts/compress.mjs leaves it: hashed assets with brotli and gzip copies beside them.</summary>
public sealed class BuiltSpaFactory : ApiFactory
{
    public const string Script = "export const answer = 42; // " + "padding that compresses well " + "padding that compresses well ";

    public BuiltSpaFactory()
    {
        Root = Path.Combine(DataDirectory, "spa");
        Directory.CreateDirectory(Path.Combine(Root, "assets"));
        File.WriteAllText(Path.Combine(Root, "index.html"), "<!doctype html><title>AIntops</title><script type=\"module\" src=\"/assets/index-abc123.js\"></script>");
        var script = Path.Combine(Root, "assets", "index-abc123.js");
        File.WriteAllText(script, Script);
        using (var br = new BrotliStream(File.Create(script + ".br"), CompressionLevel.SmallestSize)) br.Write(Encoding.UTF8.GetBytes(Script));
        using (var gz = new GZipStream(File.Create(script + ".gz"), CompressionLevel.SmallestSize)) gz.Write(Encoding.UTF8.GetBytes(Script));
    }

    /// <summary>In the data folder, which the factory deletes.</summary>
    public string Root { get; }

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Spa:Root"] = Root };
}

public sealed class SpaHostingTests(BuiltSpaFactory spa) : IClassFixture<BuiltSpaFactory>
{
    [Theory]
    [InlineData("br, gzip", "br")]
    [InlineData("gzip, deflate, br;q=0", "gzip")]
    [InlineData("", null)]
    public async Task Hashed_assets_go_out_compressed_as_the_browser_accepts_and_cached_for_a_year(string acceptEncoding, string? expected)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = spa.CreateClient().BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/assets/index-abc123.js");
        if (acceptEncoding != "") request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);

        var response = await client.SendAsync(request);

        await response.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var body = await response.Content.ReadAsStreamAsync();
        Stream decoded = expected switch { "br" => new BrotliStream(body, CompressionMode.Decompress), "gzip" => new GZipStream(body, CompressionMode.Decompress), _ => body };
        Assert.Equal(BuiltSpaFactory.Script, await new StreamReader(decoded).ReadToEndAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/usage")]
    public async Task The_page_is_revalidated_on_every_load_so_a_new_build_is_seen_at_once(string path)
    {
        var response = await spa.CreateClient().GetAsync(path);

        await response.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("no-cache", response.Headers.CacheControl!.ToString());
        Assert.Contains("/assets/index-abc123.js", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/assets/index-abc123.js", HttpStatusCode.OK)]
    [InlineData("/settings/members", HttpStatusCode.OK)]
    [InlineData("/assets/missing-0000.js", HttpStatusCode.NotFound)]
    public async Task The_app_loads_without_sign_in_and_a_missing_file_is_not_found_rather_than_refused(string path, HttpStatusCode expected)
    {
        var response = await spa.CreateClient().GetAsync(path);

        await response.ExpectAsync(expected);
    }
}
