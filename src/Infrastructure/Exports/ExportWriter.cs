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

    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "" };

    public async Task WriteAsync(ExportTable table, ExportOptions options, Stream output, ExportProgress progress, Action beforeFirstByte, CancellationToken cancellationToken)
    {
        // The query runs and its first row is read before any byte goes out, so a database fault
        // still becomes a problem answer instead of a truncated file that began with 200.
        await using var rows = table.Rows.GetAsyncEnumerator(cancellationToken);
        var hasRow = await rows.MoveNextAsync();
        beforeFirstByte();
        if (options.Format == ExportFormat.Csv)
        {
            await WriteCsvAsync(table, options, rows, hasRow, output, progress, cancellationToken);
        }
        else
        {
            await WriteXlsxAsync(table, rows, hasRow, output, progress, cancellationToken);
        }
    }

    /// <summary>
    /// A text cell that starts with =, +, -, @, a tab or a carriage return is prefixed with an
    /// apostrophe, so a spreadsheet shows it as text instead of running it (OWASP CSV injection).
    /// </summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    /// <param name="decimalComma">Write decimals with a comma (the semicolon-separated dialect of Indonesian Excel).</param>
    public static string CsvCell(object? value, char separator, bool decimalComma = false)
    {
        var numbers = decimalComma ? DecimalComma : NumberFormatInfo.InvariantInfo;
        var text = value switch
        {
            null => "",
            string s => Neutralise(s),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
            DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",

            // numeric(9,3) arrives as 85.000: written as 85, as a person would.
            decimal m => m.ToString("0.############################", numbers),
            double f => f.ToString("R", numbers),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => Neutralise(value.ToString() ?? ""),
        };
        return text.IndexOfAny([separator, '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }

    private static async Task WriteCsvAsync(
        ExportTable table, ExportOptions options, IAsyncEnumerator<object?[]> rows, bool hasRow, Stream output, ExportProgress progress, CancellationToken cancellationToken)
    {
        var separator = options.Semicolon ? ';' : ',';
        await using var writer = new StreamWriter(output, new UTF8Encoding(options.ByteOrderMark), bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(separator, table.Columns.Select(c => CsvCell(c, separator))));
        while (hasRow)
        {
            await writer.WriteLineAsync(string.Join(separator, rows.Current.Select(v => CsvCell(v, separator, options.Semicolon))));
            if (++progress.Rows % FlushEvery == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }

            hasRow = await rows.MoveNextAsync();
        }

        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// MiniExcel writes a sheet from rows it pulls one by one; it pulls synchronously, so the sheet
    /// goes to a temporary file on a worker thread and is then copied to the response. The column
    /// names are the first row, so an empty export still names its columns.
    /// </summary>
    private static async Task WriteXlsxAsync(
        ExportTable table, IAsyncEnumerator<object?[]> rows, bool hasRow, Stream output, ExportProgress progress, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"asncompetency-export-{Guid.NewGuid():N}.xlsx");
        try
        {
            IEnumerable<IDictionary<string, object?>> Sheet()
            {
                yield return table.Columns.ToDictionary(c => c, c => (object?)c);
                while (hasRow)
                {
                    var row = rows.Current;
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

                    progress.Rows++;
                    yield return cells;
                    hasRow = rows.MoveNextAsync().AsTask().GetAwaiter().GetResult();
                }
            }

            await Task.Run(() => MiniExcel.SaveAs(path, Sheet(), printHeader: false, sheetName: table.Name), cancellationToken);
            await using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true))
            {
                await file.CopyToAsync(output, cancellationToken);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
