using Approvals.Text;

namespace Approvals.UseCases.Statistics;

public static class StatisticsRefusals
{
    /// <summary>A district the caller does not oversee answers like one that does not exist.</summary>
    public static NotFoundRefusal NoDistrict(string district) =>
        new(Texts.Text(Texts.Statistics_NoSuchDistrict, district));

    /// <summary>A table name the report does not have.</summary>
    public static NotFoundRefusal NoTable(string table) =>
        new(Texts.Text(Texts.Statistics_NoSuchTable, table));
}
