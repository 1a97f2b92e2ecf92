using Approvals.Text;
using Approvals.Workflows.Registry;

namespace Approvals.Workflows.Activities;

/// <summary>Keeps the built-in descriptors short to read: name, bilingual label, kind, requiredness.</summary>
internal static class InputDescriptors
{
    public static InputDescriptor Create(string name, string zhCn, string en, InputKind kind, bool required, string descriptionZh, string descriptionEn) =>
        new(name, new LocalizedText(zhCn, en), kind, required, new LocalizedText(descriptionZh, descriptionEn));
}
