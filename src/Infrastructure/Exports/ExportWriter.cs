using System.Globalization;
using System.Text;
using AsnCompetency.Application.Exports;
using MiniExcelLibs;

namespace AsnCompetency.Infrastructure.Exports;

/// <summary>
/// CSV per RFC 4180 (UTF-8, CRLF, quotes doubled) with text cells that a spreadsheet would run as a
/// formula neutralised; or XLSX with typed cells. Either is written while the rows are read, so
/// memory does not grow with the number of rows.
/// </summary>
public sealed class ExportWriter : IExportWriter
{
    private const int FlushEvery = 1_000;

    public async Task<long> WriteAsync(ExportTable table, ExportOptions options, Stream output, CancellationToken cancellationToken) =>
        options.Format == ExportFormat.Csv
            ? await WriteCsvAsync(table, options, output, cancellationToken)
            : await WriteXlsxAsync(table, output, cancellationToken);

    /// <summary>
    /// A text cell that starts with =, +, -, @, a tab or a carriage return is prefixed with an
    /// apostrophe, so a spreadsheet shows it as text instead of running it (OWASP CSV injection).
    /// </summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    public static string CsvCell(object? value, char separator)
    {
        var text = value switch
        {
            null => "",
            string s => Neutralise(s),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
            DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => Neutralise(value.ToString() ?? ""),
        };
        return text.IndexOfAny([separator, '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }

    private static async Task<long> WriteCsvAsync(ExportTable table, ExportOptions options, Stream output, CancellationToken cancellationToken)
    {
        var separator = options.Semicolon ? ';' : ',';
        await using var writer = new StreamWriter(output, new UTF8Encoding(options.ByteOrderMark), bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(separator, table.Columns.Select(c => CsvCell(c, separator))));
        long rows = 0;
        await foreach (var row in table.Rows.WithCancellation(cancellationToken))
        {
            await writer.WriteLineAsync(string.Join(separator, row.Select(v => CsvCell(v, separator))));
            if (++rows % FlushEvery == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        await writer.FlushAsync(cancellationToken);
        return rows;
    }

    /// <summary>
    /// MiniExcel writes a sheet from rows it pulls one by one; it pulls synchronously, so the sheet
    /// goes to a temporary file on a worker thread and is then copied to the response.
    /// </summary>
    private static async Task<long> WriteXlsxAsync(ExportTable table, Stream output, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"asncompetency-export-{Guid.NewGuid():N}.xlsx");
        try
        {
            long rows = 0;
            IEnumerable<IDictionary<string, object?>> Sheet()
            {
                foreach (var row in table.Rows.ToBlockingEnumerable(cancellationToken))
                {
                    rows++;
                    var cells = new Dictionary<string, object?>(table.Columns.Count);
                    for (var i = 0; i < table.Columns.Count; i++)
                    {
                        cells[table.Columns[i]] = row[i] switch
                        {
                            DateOnly d => d.ToDateTime(TimeOnly.MinValue),
                            Guid g => g.ToString(),
                            var other => other,
                        };
                    }

                    yield return cells;
                }
            }

            await Task.Run(() => MiniExcel.SaveAs(path, Sheet(), sheetName: table.Name), cancellationToken);
            await using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true))
            {
                await file.CopyToAsync(output, cancellationToken);
            }

            return rows;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
