using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AsnCompetency.Api.Infrastructure;

/// <summary>The CSV template an import offers: its column names and example rows.</summary>
public static class ImportTemplate
{
    public static FileContentHttpResult Csv(IEnumerable<string> columns, string fileName, params string[] exampleRows)
    {
        var csv = new StringBuilder().AppendLine(string.Join(',', columns));
        foreach (var row in exampleRows)
        {
            csv.AppendLine(row);
        }

        // With a BOM, Excel opens the file as UTF-8.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", fileName);
    }
}
