using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Domain.Assessments;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Assessments;

internal static class AssessmentQueries
{
    public const string Resource = "Assessment";

    public static IQueryable<AssessmentDto> ToDtos(this IQueryable<Assessment> assessments, IApplicationDbContext db) =>
        from a in assessments
        join e in db.Employees on a.EmployeeId equals e.Id
        join c in db.Competencies on a.CompetencyId equals c.Id
        select new AssessmentDto(
            a.Id,
            a.EmployeeId,
            e.Nip,
            e.FullName,
            a.CompetencyId,
            c.Code,
            c.Name,
            a.FrameworkId,
            a.Level,
            a.Method,
            a.AssessedOn,
            a.AssessorName,
            a.AssessorUserId,
            a.EvidenceNote,
            a.EvidenceUrl,
            a.SupersedesId,
            a.CorrectionReason,
            db.Assessments.Where(s => s.SupersedesId == a.Id).Select(s => (Guid?)s.Id).FirstOrDefault(),
            a.RecordedAt,
            a.RecordedBy);

    public static async Task<AssessmentDto> GetDtoAsync(this IApplicationDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Assessments.AsNoTracking().Where(a => a.Id == id).ToDtos(db).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Resource, id);
}
