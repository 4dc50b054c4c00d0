using System.Reflection;
using System.Xml.Linq;

namespace AIntops.UnitTests.Architecture;

/// <summary>Clean-architecture layers point inwards: Api → Infrastructure → Application → Domain.</summary>
public sealed class LayerDependencyTests
{
    private static readonly Assembly DomainAssembly = typeof(AIntops.Domain.Organizations.Organization).Assembly;
    private static readonly Assembly ApplicationAssembly = typeof(AIntops.Application.DependencyInjection).Assembly;
    private static readonly Assembly InfrastructureAssembly = typeof(AIntops.Infrastructure.DependencyInjection).Assembly;

    [Fact]
    public void Domain_references_only_the_base_class_library() =>
        AssertNone(DomainAssembly, name => !IsBaseClassLibrary(name));

    [Fact]
    public void Application_references_neither_Infrastructure_Api_nor_AspNetCore() =>
        AssertNone(ApplicationAssembly, name => name is "AIntops.Infrastructure" or "AIntops.Api" || IsAspNetCore(name));

    [Fact]
    public void Infrastructure_does_not_reference_Api() =>
        AssertNone(InfrastructureAssembly, name => name == "AIntops.Api");

    [Fact]
    public void Domain_project_has_no_project_package_or_framework_references()
    {
        var references = References("src/Domain/AIntops.Domain.csproj");
        Assert.True(references.Count == 0, $"AIntops.Domain must depend on the BCL only, but references {string.Join(", ", references)}");
    }

    [Fact]
    public void Application_project_references_neither_Infrastructure_Api_nor_AspNetCore()
    {
        var forbidden = References("src/Application/AIntops.Application.csproj")
            .Where(r => r.Contains("AIntops.Infrastructure") || r.Contains("AIntops.Api") || IsAspNetCore(r.Split(' ')[^1])).ToList();
        Assert.True(forbidden.Count == 0, $"AIntops.Application must not reference {string.Join(", ", forbidden)}");
    }

    [Fact]
    public void Infrastructure_project_does_not_reference_Api()
    {
        var forbidden = References("src/Infrastructure/AIntops.Infrastructure.csproj").Where(r => r.Contains("AIntops.Api")).ToList();
        Assert.True(forbidden.Count == 0, $"AIntops.Infrastructure must not reference {string.Join(", ", forbidden)}");
    }

    [Fact]
    public void Client_package_references_no_project_and_no_AspNetCore()
    {
        var forbidden = References("src/Sdk/AIntops.Client/AIntops.Client.csproj")
            .Where(r => r.StartsWith("ProjectReference", StringComparison.Ordinal) || r.StartsWith("FrameworkReference", StringComparison.Ordinal)).ToList();
        Assert.True(forbidden.Count == 0, $"The AIntops.Client package stands alone, but references {string.Join(", ", forbidden)}");
    }

    private static void AssertNone(Assembly assembly, Func<string, bool> forbidden)
    {
        var names = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.Contains(names, name => name.StartsWith("System", StringComparison.Ordinal));
        var offending = names.Where(forbidden).ToList();
        Assert.True(offending.Count == 0, $"{assembly.GetName().Name} must not reference {string.Join(", ", offending)}");
    }

    private static bool IsBaseClassLibrary(string name) =>
        name is "System" or "mscorlib" or "netstandard" || name.StartsWith("System.", StringComparison.Ordinal);

    private static bool IsAspNetCore(string name) =>
        name.StartsWith("Microsoft.AspNetCore", StringComparison.OrdinalIgnoreCase);

    /// <summary>"ProjectReference ..\X\X.csproj", "PackageReference Name" and "FrameworkReference Name" items of a project.</summary>
    private static List<string> References(string project) =>
        XDocument.Load(Path.Combine(RepositoryRoot(), project)).Descendants()
            .Where(e => e.Name.LocalName is "ProjectReference" or "PackageReference" or "FrameworkReference")
            .Select(e => $"{e.Name.LocalName} {e.Attribute("Include")?.Value}").ToList();

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "AIntops.sln"))) return directory.FullName;
        throw new InvalidOperationException($"No AIntops.sln above {AppContext.BaseDirectory}.");
    }
}
