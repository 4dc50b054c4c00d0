using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace AIntops.UnitTests.Deployment;

/// <summary>
/// docker-compose.yml, .env.example and the Dockerfile checked without a Docker engine (there is none on
/// the test machines): structure, health checks, variables, and that every setting handed to the API is
/// one the API reads. scripts/check-images.sh runs the Dockerfile's build steps.
/// </summary>
public sealed partial class ComposeFileTests
{
    private static readonly YamlMappingNode Services = (YamlMappingNode)Compose()["services"];

    [Fact]
    public void Defines_the_api_the_database_the_mock_provider_server_and_the_mail_catcher()
    {
        Assert.Equal(["api", "db", "mail", "mock-openai"], Services.Children.Keys.Select(k => k.ToString()).Order());
        Assert.Equal("api", Scalar(Service("api"), "build", "target"));
        Assert.Equal("mock", Scalar(Service("mock-openai"), "build", "target"));
        Assert.StartsWith("postgres:", Scalar(Service("db"), "image"));
        Assert.StartsWith("axllent/mailpit", Scalar(Service("mail"), "image"));
    }

    [Fact]
    public void Publishes_the_app_and_only_on_this_machine_the_mock_on_8001_and_the_mail_catcher_smtp_and_ui()
    {
        Assert.Equal(["${AINTOPS_PORT:-8080}:8080"], Ports("api"));
        Assert.Equal(["127.0.0.1:8001:8001"], Ports("mock-openai"));
        Assert.Equal(["127.0.0.1:1025:1025", "127.0.0.1:8025:8025"], Ports("mail").Order());
        Assert.Empty(Ports("db"));
    }

    [Fact]
    public void Every_service_has_a_health_check_and_the_api_waits_for_a_healthy_database()
    {
        Assert.Contains("pg_isready", HealthCheck("db"));
        Assert.Equal("CMD curl -fsS http://127.0.0.1:8080/health/ready", HealthCheck("api"));
        Assert.Equal("CMD curl -fsS http://127.0.0.1:8001/", HealthCheck("mock-openai"));
        Assert.Equal("CMD /mailpit readyz", HealthCheck("mail"));
        Assert.Equal("service_healthy", Scalar(Service("api"), "depends_on", "db", "condition"));
        Assert.Matches(@"apt-get install[^\n]*\bcurl\b", DockerStage("runtime"));
    }

    [Fact]
    public void The_api_keeps_its_data_folder_and_the_database_its_files_in_named_volumes()
    {
        var volumes = ((YamlMappingNode)Compose()["volumes"]).Children.Keys.Select(k => k.ToString()).ToList();
        Assert.Equal(["aintops-data:/data"], Sequence(Service("api"), "volumes"));
        Assert.Equal(["db-data:/var/lib/postgresql/data"], Sequence(Service("db"), "volumes"));
        Assert.Equal(["aintops-data", "db-data"], volumes.Order());
    }

    [Fact]
    public void Every_variable_the_compose_file_uses_is_in_env_example_and_every_one_there_is_used()
    {
        var used = VariableReference().Matches(Read("docker-compose.yml")).Select(m => m.Groups[1].Value).ToHashSet();
        var defined = Read(".env.example").Split('\n').Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l[..l.IndexOf('=')]).ToHashSet();

        Assert.Empty(used.Except(defined));
        Assert.Empty(defined.Except(used));
    }

    [Fact]
    public void Every_setting_given_to_the_api_is_one_the_api_reads()
    {
        var environment = Mapping(Service("api"), "environment").Children.Keys.Select(k => k.ToString())
            .Concat(DockerEnvironment(DockerStage("api"))).ToList();
        var known = ConfigurationKeys.Read();

        Assert.Contains("Smtp:Host", known);
        // DOTNET_* variables are the .NET runtime's own settings, not the API's configuration.
        var unknown = environment.Where(name => !name.StartsWith("DOTNET_")).Select(ConfigurationKeys.FromEnvironmentVariable)
            .Where(key => !known.Contains(key)).ToList();
        Assert.Empty(unknown);
    }

    [Fact]
    public void The_api_is_wired_to_postgres_and_the_mail_catcher()
    {
        var environment = Mapping(Service("api"), "environment");
        Assert.Equal("Postgres", environment["Database__Provider"].ToString());
        Assert.StartsWith("Host=db;Port=5432;Database=aintops;Username=aintops;", environment["Database__ConnectionString"].ToString());
        Assert.Equal("${SMTP_HOST:-mail}", environment["Smtp__Host"].ToString());
        Assert.Equal("${SMTP_PORT:-1025}", environment["Smtp__Port"].ToString());
        Assert.Equal("${SMTP_ENABLE_SSL:-false}", environment["Smtp__EnableSsl"].ToString());
        Assert.Equal("${AINTOPS_OUTBOUND_ALLOWED_PRIVATE_HOSTS:-mock-openai:8001}", environment["Outbound__AllowedPrivateHosts"].ToString());
    }

    [Fact]
    public void The_images_run_as_a_non_root_user_and_the_api_keeps_its_data_in_slash_data_on_all_interfaces()
    {
        foreach (var stage in new[] { "api", "mock" }) Assert.Contains("USER $APP_UID", DockerStage(stage));
        Assert.Equal(["ASPNETCORE_URLS=http://0.0.0.0:8080", "DOTNET_GCgen0size=0x4000000", "AINTOPS_DATA_DIR=/data", "Spa__Root=/app/wwwroot"],
            DockerEnvironmentAssignments(DockerStage("api")));
        Assert.Contains("VOLUME /data", DockerStage("api"));
    }

    private static YamlMappingNode Compose()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(Read("docker-compose.yml")));
        return (YamlMappingNode)yaml.Documents.Single().RootNode;
    }

    private static YamlMappingNode Service(string name) => (YamlMappingNode)Services[name];

    private static YamlNode? Node(YamlMappingNode node, params string[] path)
    {
        YamlNode? current = node;
        foreach (var key in path)
            current = current is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;
        return current;
    }

    private static string? Scalar(YamlMappingNode node, params string[] path) => (Node(node, path) as YamlScalarNode)?.Value;

    private static YamlMappingNode Mapping(YamlMappingNode node, params string[] path) => (YamlMappingNode)Node(node, path)!;

    private static List<string> Sequence(YamlMappingNode node, params string[] path) =>
        (Node(node, path) as YamlSequenceNode)?.Children.Select(c => c.ToString()).ToList() ?? [];

    private static List<string> Ports(string service) => Sequence(Service(service), "ports");

    private static string HealthCheck(string service) => string.Join(' ', Sequence(Service(service), "healthcheck", "test"));

    /// <summary>The lines of one <c>FROM … AS name</c> stage of the Dockerfile, continuation lines joined.</summary>
    private static string DockerStage(string name)
    {
        var stages = Regex.Split(Read("Dockerfile").Replace("\\\n", " "), @"^(?=FROM )", RegexOptions.Multiline);
        return Assert.Single(stages, s => Regex.IsMatch(s, $@"^FROM \S+ AS {Regex.Escape(name)}\s*$", RegexOptions.Multiline));
    }

    private static List<string> DockerEnvironmentAssignments(string stage) =>
        stage.Split('\n').Where(l => l.StartsWith("ENV ")).SelectMany(l => l[4..].Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

    private static IEnumerable<string> DockerEnvironment(string stage) => DockerEnvironmentAssignments(stage).Select(a => a[..a.IndexOf('=')]);

    private static string Read(string file) => File.ReadAllText(Path.Combine(ConfigurationKeys.RepositoryRoot(), file)).ReplaceLineEndings("\n");

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex VariableReference();
}
