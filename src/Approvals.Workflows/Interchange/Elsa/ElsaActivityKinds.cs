using Approvals.Workflows.Activities;

namespace Approvals.Workflows.Interchange.Elsa;

/// <summary>
/// The closed table of activities that cross between Approvals and Elsa 3 with their meaning kept. Anything else
/// leaves as a custom type (<see cref="ElsaCustomKind"/>) and, arriving from Elsa, is refused by name.
/// </summary>
internal static class ElsaActivityKinds
{
    public static IReadOnlyList<ElsaActivityKind> All { get; } =
    [
        new(StartActivity.TypeName, "Elsa.Start"),
        new EndKind(),
        new ElsaDecisionKind(),
        new ElsaSwitchKind(),
        new ElsaForkKind(),
        new ElsaJoinKind(),
        new ElsaSetVariableKind(),
        new ElsaDelayKind(),
        new ElsaSendEmailKind(),
        new(JournalNoteActivity.TypeName, "Elsa.WriteLine", new ElsaInput("text", "text", "String", Template: true)),
    ];

    /// <summary>Kinds that only arrive: Elsa's waits for a person become a HumanTask, which leaves as a custom type.</summary>
    private static readonly IReadOnlyList<ElsaActivityKind> ArrivingOnly =
    [
        new ElsaUserTaskKind("Elsa.RunTask", "taskName"),
        new ElsaUserTaskKind("Elsa.Event", "eventName"),
    ];

    private static readonly Dictionary<string, ElsaActivityKind> ByElsaType =
        All.Concat(ArrivingOnly).SelectMany(k => k.ImportedFrom.Select(t => KeyValuePair.Create(t, k))).ToDictionary(StringComparer.Ordinal);

    private static readonly Dictionary<string, ElsaActivityKind> ByOurType = All.ToDictionary(k => k.OurType, StringComparer.Ordinal);

    public static ElsaActivityKind? Arriving(string elsaType) => ByElsaType.GetValueOrDefault(elsaType);

    public static ElsaActivityKind? Leaving(string ourType) => ByOurType.GetValueOrDefault(ourType);

    /// <summary>Elsa.Finish ends the whole workflow; here an End ends its branch, the same when it is the last one.</summary>
    private sealed class EndKind() : ElsaActivityKind(EndActivity.TypeName, "Elsa.End")
    {
        public override IReadOnlyList<string> ImportedFrom => [ElsaType, "Elsa.Finish"];
    }
}
