namespace AsnCompetency.Domain.Training;

/// <summary>The three routes of competency development (Peraturan LAN 10/2018).</summary>
public enum DevelopmentCategory
{
    /// <summary>Pendidikan: formal education leading to a degree (tugas belajar).</summary>
    Education,

    /// <summary>Pelatihan klasikal: classroom training.</summary>
    Classroom,

    /// <summary>Pelatihan nonklasikal: learning at work, online or away from a classroom.</summary>
    NonClassroom,
}

/// <summary>
/// The form (jenis) of a development activity, as listed by Peraturan LAN 10/2018. Each belongs
/// to one <see cref="DevelopmentCategory"/>; non-classroom forms earn JP through the agency's
/// conversion table when a programme gives none.
/// </summary>
public enum DevelopmentForm
{
    /// <summary>Pendidikan formal, e.g. a master's in public administration.</summary>
    FormalEducation,

    /// <summary>Pelatihan Kepemimpinan Nasional Tingkat I.</summary>
    LeadershipPkn1,

    /// <summary>Pelatihan Kepemimpinan Nasional Tingkat II.</summary>
    LeadershipPkn2,

    /// <summary>Pelatihan Kepemimpinan Administrator.</summary>
    LeadershipPka,

    /// <summary>Pelatihan Kepemimpinan Pengawas.</summary>
    LeadershipPkp,

    /// <summary>Pelatihan Dasar CPNS.</summary>
    Latsar,

    /// <summary>Pelatihan manajerial.</summary>
    Managerial,

    /// <summary>Pelatihan teknis.</summary>
    Technical,

    /// <summary>Pelatihan fungsional.</summary>
    Functional,

    /// <summary>Pelatihan sosial kultural.</summary>
    SocioCultural,

    /// <summary>Seminar or conference.</summary>
    Seminar,

    /// <summary>Workshop (lokakarya).</summary>
    Workshop,

    /// <summary>Kursus.</summary>
    Course,

    /// <summary>Penataran.</summary>
    Upgrading,

    /// <summary>Bimbingan teknis (bimtek).</summary>
    TechnicalGuidance,

    /// <summary>Sosialisasi.</summary>
    Socialisation,

    Coaching,

    Mentoring,

    ELearning,

    DistanceLearning,

    /// <summary>Detasering: secondment to another organisation.</summary>
    Secondment,

    Outbound,

    /// <summary>Patok banding: a comparative visit.</summary>
    Benchmarking,

    /// <summary>Exchange with the private sector or a state-owned enterprise (BUMN).</summary>
    PrivateSectorExchange,

    SelfStudy,

    CommunityOfPractice,

    /// <summary>Bimbingan di tempat kerja.</summary>
    OnTheJobGuidance,

    /// <summary>Magang: an internship in another organisation.</summary>
    Internship,
}

public static class DevelopmentForms
{
    public static DevelopmentCategory CategoryOf(DevelopmentForm form) => form switch
    {
        DevelopmentForm.FormalEducation => DevelopmentCategory.Education,
        >= DevelopmentForm.LeadershipPkn1 and <= DevelopmentForm.Socialisation => DevelopmentCategory.Classroom,
        _ => DevelopmentCategory.NonClassroom,
    };
}

/// <summary>How a programme is delivered.</summary>
public enum DeliveryMode
{
    InPerson,
    Online,
    Blended,
}

/// <summary>Where a programme's JP come from.</summary>
public enum JpSource
{
    /// <summary>The programme states its JP.</summary>
    Stated,

    /// <summary>
    /// A non-classroom programme without stated JP: each participant is credited by their own
    /// agency's conversion table for the form (the programme's JP is the owner's rate, for planning).
    /// </summary>
    Conversion,
}
