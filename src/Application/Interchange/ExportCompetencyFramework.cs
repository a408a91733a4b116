using System.Text;
using System.Text.Json;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.CompetencyFrameworks;
using AsnCompetency.Application.Interchange.Case;
using AsnCompetency.Application.Interchange.Moodle;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Interchange;

/// <summary>A framework the caller may read, as a CASE package (JSON) or a Moodle competency framework CSV.</summary>
/// <param name="Id">The framework.</param>
/// <param name="Format">case or moodle-csv.</param>
/// <param name="CaseBaseUri">The absolute URI of the CASE API, for the package's URIs.</param>
public sealed record ExportCompetencyFrameworkQuery(Guid Id, string? Format, string CaseBaseUri) : IQuery<FrameworkExportFile>;

/// <summary>An exported framework file.</summary>
public sealed record FrameworkExportFile(byte[] Content, string ContentType, string FileName);

public sealed class ExportCompetencyFrameworkQueryHandler(IApplicationDbContext db, CaseAccess access)
    : IQueryHandler<ExportCompetencyFrameworkQuery, FrameworkExportFile>
{
    public async ValueTask<FrameworkExportFile> Handle(ExportCompetencyFrameworkQuery query, CancellationToken cancellationToken)
    {
        var format = InterchangeFormats.Parse(query.Format);
        var framework = await db.CompetencyFrameworks.AsNoTracking().FirstOrDefaultAsync(f => f.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException(FrameworkAccess.FrameworkResource, query.Id);
        var items = await db.Competencies.AsNoTracking().Where(c => c.FrameworkId == framework.Id).ToListAsync(cancellationToken);
        var name = $"{InterchangeText.ToCode(framework.Code) ?? "framework"}-v{framework.Version}";
        if (format == InterchangeFormats.Case)
        {
            var builder = new CasePackageBuilder(framework, items, await access.OwnerAsync(framework.OwnerAgencyId, cancellationToken), query.CaseBaseUri);
            return new FrameworkExportFile(JsonSerializer.SerializeToUtf8Bytes(builder.Package(), CaseJson.Options), "application/json", $"{name}.case.json");
        }

        return new FrameworkExportFile(Encoding.UTF8.GetBytes(MoodleCsvWriter.Write(framework, items)), "text/csv; charset=utf-8", $"{name}.moodle.csv");
    }
}
