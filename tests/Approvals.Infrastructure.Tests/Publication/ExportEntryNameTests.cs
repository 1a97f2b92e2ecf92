using Approvals.UseCases.Definitions;

namespace Approvals.Infrastructure.Tests.Publication;

public sealed class ExportEntryNameTests
{
    [Fact]
    public void A_definition_id_is_its_file_name_in_the_export()
    {
        Assert.Equal("metrologist-renewal.json", PublishedDefinitionExport.EntryName("metrologist-renewal", new HashSet<string>()));
    }

    [Fact]
    public void An_id_that_is_a_path_never_escapes_the_folder_it_is_unpacked_into_and_never_collides()
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        var first = PublishedDefinitionExport.EntryName("../etc/passwd", taken);
        var second = PublishedDefinitionExport.EntryName("..\\etc.passwd", taken);

        Assert.Equal("___etc_passwd.json", first);
        Assert.Equal("___etc_passwd-2.json", second);
    }
}
