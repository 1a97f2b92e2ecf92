using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Approvals.Web.Tests.Architecture;

/// <summary>
/// The projects reference only the ones below them (architecture/README.md): Text ← Workflows ← Core ← UseCases ←
/// Infrastructure ← Web. The engine knows no domain, HTTP, EF or Hangfire; the domain no EF or HTTP; the use cases EF
/// Core's LINQ but no provider, SQL, Hangfire, mail or HTTP; and Web reaches data only through the use cases.
/// </summary>
public sealed partial class ProjectReferenceTests
{
    private static readonly string Root = RepositoryRoot.Locate();

    private static readonly string[] Http = ["Microsoft.AspNetCore.", "Scalar.", "MudBlazor"];
    private static readonly string[] AnyEf = ["Microsoft.EntityFrameworkCore", "Npgsql"];
    private static readonly string[] EfProviders = ["Microsoft.EntityFrameworkCore.", "Npgsql"];
    private static readonly string[] JobsAndMail = ["Hangfire", "MailKit", "MimeKit"];

    public static TheoryData<string, string[], string[]> Rules => new()
    {
        { "Approvals.Text", [], [.. Http, .. AnyEf, .. JobsAndMail] },
        { "Approvals.Workflows", ["Approvals.Text"], [.. Http, .. AnyEf, .. JobsAndMail] },
        { "Approvals.Core", ["Approvals.Text", "Approvals.Workflows"], [.. Http, .. AnyEf, .. JobsAndMail] },
        { "Approvals.UseCases", ["Approvals.Text", "Approvals.Workflows", "Approvals.Core"], [.. Http, .. EfProviders, .. JobsAndMail] },
        { "Approvals.Infrastructure", ["Approvals.Text", "Approvals.Workflows", "Approvals.Core", "Approvals.UseCases"], [] },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void A_project_references_only_the_projects_below_it(string project, string[] allowed, string[] forbiddenPackages)
    {
        _ = forbiddenPackages;
        var references = Includes(Project(project), "ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Replace('\\', '/')));

        var notAllowed = references.Where(r => !allowed.Contains(r)).ToList();

        Assert.True(notAllowed.Count == 0, $"{project} must not reference {string.Join(", ", notAllowed)}.");
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void A_project_takes_no_package_of_a_layer_above_it(string project, string[] allowed, string[] forbiddenPackages)
    {
        _ = allowed;
        var document = Project(project);
        var packages = Includes(document, "PackageReference").Concat(Includes(document, "FrameworkReference"));

        var forbidden = packages.Where(p => forbiddenPackages.Any(f => p.StartsWith(f, StringComparison.OrdinalIgnoreCase))).ToList();

        Assert.True(forbidden.Count == 0, $"{project} must not take {string.Join(", ", forbidden)}.");
    }

    [Fact]
    public void Every_source_project_has_a_rule_or_is_the_host()
    {
        var projects = Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Select(Path.GetFileNameWithoutExtension).OfType<string>();
        var ruled = Rules.Select(r => (string)r[0]).Append("Approvals.Web");

        Assert.Empty(projects.Except(ruled));
    }

    [Fact]
    public void The_use_cases_reach_the_database_through_LINQ_only()
    {
        var sql = SourceFiles("src/Approvals.UseCases").Where(f => RawSql().IsMatch(File.ReadAllText(f)));

        Assert.Empty(sql.Select(f => Path.GetRelativePath(Root, f)));
    }

    [Fact]
    public void Web_imports_Infrastructure_only_in_the_host_composition_and_Identity()
    {
        var web = Path.Combine(Root, "src", "Approvals.Web");
        var importing = SourceFiles("src/Approvals.Web", "*.razor").Concat(SourceFiles("src/Approvals.Web"))
            .Where(f => ImportsInfrastructure().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(web, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => f != "Program.cs" && !f.StartsWith("Hosting/", StringComparison.Ordinal) && !f.StartsWith("Identity/", StringComparison.Ordinal)
                && !f.StartsWith("Components/Account/", StringComparison.Ordinal) && !f.StartsWith("Features/Account/", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(importing);
    }

    private static XDocument Project(string name) =>
        XDocument.Load(Path.Combine(Root, "src", name, name + ".csproj"));

    private static IEnumerable<string> Includes(XDocument document, string element) =>
        document.Descendants(element).Select(e => (string?)e.Attribute("Include")).OfType<string>();

    private static IEnumerable<string> SourceFiles(string folder, string pattern = "*.cs") =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), pattern, SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(Root, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules"));

    [GeneratedRegex(@"^@?using\s+Approvals\.Infrastructure\b", RegexOptions.Multiline)]
    private static partial Regex ImportsInfrastructure();

    [GeneratedRegex(@"\b(SqlQuery|SqlQueryRaw|ExecuteSql\w*|FromSql\w*)\b")]
    private static partial Regex RawSql();
}
