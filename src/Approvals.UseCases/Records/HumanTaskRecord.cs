using Approvals.Text;

namespace Approvals.UseCases.Records;

/// <summary>A person's task. Its id is the id of the bookmark it waits on, so a stimulus needs no second key.</summary>
public sealed class HumanTaskRecord
{
    public required string Id { get; set; }
    public required string InstanceId { get; set; }
    public required string ActivityId { get; set; }
    /// <summary>The title in Chinese (rows written before titles had languages hold both languages in one line).</summary>
    public required string Title { get; set; }

    /// <summary>The title in English; null on rows written before titles had languages, whose <see cref="Title"/> then serves both.</summary>
    public string? TitleEn { get; set; }

    public string? Description { get; set; }

    /// <summary>The description in English; null as <see cref="TitleEn"/> is.</summary>
    public string? DescriptionEn { get; set; }
    public required string Role { get; set; }
    public string? District { get; set; }

    /// <summary>JSON array of the outcome ports offered.</summary>
    public required string OutcomesJson { get; set; }

    /// <summary>JSON array of the outcomes that need a reason (the comment), as the task's definition declares them.</summary>
    public required string ReasonRequiredForJson { get; set; }

    public string? FormJson { get; set; }
    public HumanTaskStatus Status { get; set; }
    public string? Assignee { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? CompletedBy { get; set; }
    public string? Outcome { get; set; }
    public string? Comment { get; set; }
    public string? DataJson { get; set; }

    /// <summary>The decision's place in the instance's audit chain; null while the task is undecided.</summary>
    public int? ChainSequence { get; set; }

    public string? ChainPrevious { get; set; }
    public string? ChainHash { get; set; }

    public LocalizedText TitleText() => new(Title, TitleEn ?? Title);
}

public enum HumanTaskStatus
{
    Open,
    Completed,
    Cancelled,
}
