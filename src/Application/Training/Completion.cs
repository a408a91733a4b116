using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Tna;
using AsnCompetency.Domain.Tna;
using AsnCompetency.Domain.Training;

namespace AsnCompetency.Application.Training;

/// <summary>
/// Completes participants and credits their JP. The attendance minimum and the JP of a
/// conversion-table programme come from each participant's own agency, so a national session
/// credits everyone by their agency's rules. Settings are read once per agency.
/// </summary>
internal sealed class Completion(IApplicationDbContext db, TrainingSession session, TrainingProgram program)
{
    private readonly Dictionary<Guid, TnaSettings> _settings = [];

    public async Task<TnaSettings> SettingsForAsync(Guid agencyId, CancellationToken cancellationToken)
    {
        if (!_settings.TryGetValue(agencyId, out var settings))
        {
            settings = await db.EffectiveSettingsAsync(agencyId, cancellationToken);
            _settings[agencyId] = settings;
        }

        return settings;
    }

    /// <summary>Completes one participant and adds the ledger entry (saved by the caller).</summary>
    public async Task CompleteAsync(Enrollment enrollment, DateOnly completedOn, string? certificateNumber, CancellationToken cancellationToken)
    {
        var settings = await SettingsForAsync(enrollment.AgencyId, cancellationToken);
        enrollment.Complete(session, settings.MinAttendanceShare, program.JpFor(settings.ConversionJp(program.Form)), completedOn, certificateNumber);
        db.LearningRecords.Add(LearningRecord.ForCompletion(enrollment, program));
    }

    public async Task<bool> MeetsAttendanceAsync(Enrollment enrollment, CancellationToken cancellationToken) =>
        enrollment.AttendanceShare(session) >= (await SettingsForAsync(enrollment.AgencyId, cancellationToken)).MinAttendanceShare;
}
