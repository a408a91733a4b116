namespace AsnCompetency.Domain.Assessments;

/// <summary>How a competency level was assessed.</summary>
public enum AssessmentMethod
{
    /// <summary>The employee's own assessment (penilaian mandiri).</summary>
    Self,

    /// <summary>The direct supervisor's assessment.</summary>
    Supervisor,

    /// <summary>Peers, or a 360-degree round.</summary>
    Peer,

    /// <summary>An assessment centre (the most rigorous method).</summary>
    AssessmentCentre,

    /// <summary>A written or practical test.</summary>
    Test,

    /// <summary>A re-assessment after a training, measuring what the training changed.</summary>
    PostTraining,
}
