using System.Globalization;

namespace Approvals.UseCases.OfficialDocuments;

/// <summary>A document's number: kind, district, year and its place in that sequence (<c>SL-310118-2026-00001</c>).</summary>
public static class OfficialDocumentNumber
{
    public static string Format(string prefix, string districtCode, int year, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}-{districtCode}-{year}-{sequence:D5}");
}
