using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace AIntops.Infrastructure.Hosting;

/// <summary>
/// The local data folder (<c>AINTOPS_DATA_DIR</c>, default <c>./data</c>): the SQLite database and,
/// when configuration does not supply them, generated keys readable only by their owner.
/// </summary>
public sealed class DataDirectory
{
    public DataDirectory(IConfiguration configuration)
    {
        var configured = configuration["AINTOPS_DATA_DIR"] ?? configuration["DataDir"];
        Path = System.IO.Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "data" : configured);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string ReadOrCreateSecret(string fileName, Func<string> generate, ILogger logger)
    {
        var file = System.IO.Path.Combine(Path, fileName);
        if (File.Exists(file)) return File.ReadAllText(file).Trim();

        var value = generate();
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using (var writer = new StreamWriter(file, options)) writer.Write(value);
        }
        catch (IOException) when (File.Exists(file))
        {
            return File.ReadAllText(file).Trim(); // another instance created it first
        }
        logger.LogWarning("Generated {File} (mode 0600). Back it up with the database, or supply the key through configuration.", file);
        return value;
    }
}
