using AsnCompetency.Domain.Common;

namespace AsnCompetency.Domain.Evaluation;

/// <summary>One statement of a reaction questionnaire, rated on the questionnaire's Likert scale.</summary>
/// <param name="Text">The statement, e.g. "Materi sesuai dengan kebutuhan pekerjaan saya".</param>
/// <param name="Category">What it is about (materi, pengajar, penyelenggaraan, sarana), for grouping; optional.</param>
public sealed record ReactionItem(string Text, string? Category);

/// <summary>
/// Kirkpatrick level 1: the participants' reaction to a session, asked as Likert-rated statements
/// (1 = strongly disagree … ScalePoints = strongly agree). One per session; its items can be
/// changed only until the first response, so every response answers the same questions.
/// </summary>
public sealed class ReactionQuestionnaire : AuditableEntity, IHasRowVersion
{
    public const int MinScalePoints = 3;
    public const int MaxScalePoints = 10;
    public const int DefaultScalePoints = 4;
    public const int MaxItems = 40;
    public const int MaxItemLength = 500;

    /// <summary>
    /// The statements a BKPSDM usually asks after a training (materi, pengajar, penyelenggaraan,
    /// sarana, manfaat), used when a questionnaire is created without its own.
    /// </summary>
    public static readonly IReadOnlyList<ReactionItem> DefaultItems =
    [
        new("Tujuan pembelajaran disampaikan dengan jelas.", "Materi"),
        new("Materi sesuai dengan kebutuhan pekerjaan saya.", "Materi"),
        new("Pengajar menguasai materi yang disampaikan.", "Pengajar"),
        new("Metode pembelajaran membantu saya memahami materi.", "Pengajar"),
        new("Waktu pelatihan memadai untuk materi yang diberikan.", "Penyelenggaraan"),
        new("Pelayanan panitia penyelenggara memuaskan.", "Penyelenggaraan"),
        new("Sarana dan prasarana mendukung pembelajaran.", "Sarana"),
        new("Saya dapat menerapkan hasil pelatihan dalam pekerjaan saya.", "Manfaat"),
    ];

    private ReactionQuestionnaire()
    {
    }

    public Guid SessionId { get; private set; }

    /// <summary>The number of points of the Likert scale: answers are 1 to this.</summary>
    public int ScalePoints { get; private set; }

    public IReadOnlyList<ReactionItem> Items { get; private set; } = [];

    public uint RowVersion { get; private set; }

    public static ReactionQuestionnaire Create(Guid sessionId, int scalePoints, IReadOnlyList<ReactionItem>? items)
    {
        var questionnaire = new ReactionQuestionnaire { SessionId = sessionId };
        questionnaire.Configure(scalePoints, items, hasResponses: false);
        return questionnaire;
    }

    /// <summary>Sets the scale and the items (the defaults when none are given).</summary>
    public void Configure(int scalePoints, IReadOnlyList<ReactionItem>? items, bool hasResponses)
    {
        if (hasResponses)
        {
            throw new BusinessRuleException("The questionnaire already has responses: its scale and items can no longer change, or the answers would no longer match them.");
        }

        if (scalePoints is < MinScalePoints or > MaxScalePoints)
        {
            throw new DomainValidationException("scalePoints", $"must be from {MinScalePoints} to {MaxScalePoints}.");
        }

        var chosen = items is { Count: > 0 } ? items : DefaultItems;
        if (chosen.Count > MaxItems)
        {
            throw new DomainValidationException("items", $"must hold at most {MaxItems} statements.");
        }

        for (var i = 0; i < chosen.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(chosen[i]?.Text) || chosen[i].Text.Trim().Length > MaxItemLength)
            {
                throw new DomainValidationException($"items[{i}].text", $"is required, at most {MaxItemLength} characters.");
            }
        }

        ScalePoints = scalePoints;
        Items = [.. chosen.Select(item => new ReactionItem(item.Text.Trim(), Text.OrNull(item.Category)))];
    }

    /// <summary>Checks one respondent's answers: one per item, each empty (skipped) or on the scale, at least one given.</summary>
    public void EnsureValid(IReadOnlyList<int?> answers)
    {
        if (answers.Count != Items.Count)
        {
            throw new DomainValidationException("answers", $"must hold one answer per statement: {Items.Count}, in order (null for one skipped).");
        }

        for (var i = 0; i < answers.Count; i++)
        {
            if (answers[i] is { } answer && (answer < 1 || answer > ScalePoints))
            {
                throw new DomainValidationException($"answers[{i}]", $"{answer} is not on the scale 1 to {ScalePoints}.");
            }
        }

        if (answers.All(a => a is null))
        {
            throw new DomainValidationException("answers", "must answer at least one statement.");
        }
    }
}

/// <summary>
/// One respondent's answers. Anonymous in every result: the enrolment is kept only so that a
/// participant answers once; paper forms typed in by the organiser have none.
/// </summary>
public sealed class ReactionResponse : Entity
{
    public const int MaxCommentLength = 2000;

    private ReactionResponse()
    {
    }

    public ReactionResponse(ReactionQuestionnaire questionnaire, Guid? enrollmentId, Guid? agencyId, IReadOnlyList<int?> answers, string? comment, DateTimeOffset submittedAt, Guid? submittedBy)
    {
        questionnaire.EnsureValid(answers);
        if (comment?.Trim() is { Length: > MaxCommentLength })
        {
            throw new DomainValidationException("comment", $"must be at most {MaxCommentLength} characters.");
        }

        QuestionnaireId = questionnaire.Id;
        EnrollmentId = enrollmentId;
        AgencyId = agencyId;
        Answers = [.. answers];
        Comment = Text.OrNull(comment);
        SubmittedAt = submittedAt;
        SubmittedBy = submittedBy;
    }

    public Guid QuestionnaireId { get; private set; }

    /// <summary>The participant who answered online; null for a paper form typed in.</summary>
    public Guid? EnrollmentId { get; private set; }

    /// <summary>The respondent's agency (for a paper form, the session's; null for a national session's), which scopes who sees the answer.</summary>
    public Guid? AgencyId { get; private set; }

    /// <summary>One per item, in order; null where the respondent skipped the statement.</summary>
    public int?[] Answers { get; private set; } = [];

    public string? Comment { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public Guid? SubmittedBy { get; private set; }
}
