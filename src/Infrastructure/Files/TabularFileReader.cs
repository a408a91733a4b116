using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using MiniExcelLibs;
using Sylvan.Data.Csv;

namespace AsnCompetency.Infrastructure.Files;

/// <summary>
/// CSV through Sylvan.Data.Csv (UTF-8 with or without BOM; the delimiter, ',' or ';' as
/// Indonesian Excel writes it, is detected from the header) and XLSX through MiniExcel's
/// streaming reader (first sheet). Both read row by row.
/// </summary>
public sealed class TabularFileReader : ITabularFileReader
{
    public async Task<ITabularFile> OpenAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension switch
        {
            ".csv" => await CsvFile.OpenAsync(content, cancellationToken),
            ".xlsx" => XlsxFile.Open(content),
            _ => throw new UnsupportedFileException($"'{fileName}' is not a CSV (.csv) or Excel (.xlsx) file."),
        };
    }

    private sealed class CsvFile(CsvDataReader reader) : ITabularFile
    {
        public IReadOnlyList<string> Headers { get; } = [.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)];

        public static async Task<CsvFile> OpenAsync(Stream content, CancellationToken cancellationToken)
        {
            // Invalid UTF-8 is refused, not replaced: Excel's plain "CSV" is Windows-1252, and
            // silently storing "Caf\uFFFD" for "Café" would corrupt names.
            var text = new StreamReader(
                content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
            var options = new CsvDataReaderOptions
            {
                HasHeaders = true,
                OwnsReader = true,
                CsvStyle = CsvStyle.Standard,

                // A long quoted description should not fail the upload; 1 MB per record is plenty.
                MaxBufferSize = 1 << 20,
            };
            try
            {
                return new CsvFile(await CsvDataReader.CreateAsync(text, options, cancellationToken));
            }
            catch (CsvFormatException e)
            {
                throw new UnsupportedFileException($"The CSV file cannot be read: {e.Message}", isUnreadable: true);
            }
            catch (DecoderFallbackException)
            {
                throw NotUtf8();
            }
        }

        public async IAsyncEnumerable<TabularRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var rowNumber = 1;
            while (await ReadNextAsync(rowNumber + 1, cancellationToken))
            {
                rowNumber++;
                var count = Math.Max(reader.RowFieldCount, Headers.Count);
                var values = new string?[count];
                for (var i = 0; i < reader.RowFieldCount; i++)
                {
                    values[i] = reader.GetString(i);
                }

                yield return new TabularRow(rowNumber, values);
            }
        }

        public ValueTask DisposeAsync() => reader.DisposeAsync();

        private async Task<bool> ReadNextAsync(int rowNumber, CancellationToken cancellationToken)
        {
            try
            {
                return await reader.ReadAsync(cancellationToken);
            }
            catch (CsvFormatException e)
            {
                throw new UnsupportedFileException($"Row {rowNumber} of the CSV file cannot be read: {e.Message}", isUnreadable: true);
            }
            catch (DecoderFallbackException)
            {
                throw NotUtf8(rowNumber);
            }
        }

        private static UnsupportedFileException NotUtf8(int? rowNumber = null) =>
            new(
                $"The file is not UTF-8 text{(rowNumber is { } row ? $" (first seen near row {row})" : "")}. In Excel, save it as \"CSV UTF-8 (Comma delimited)\", or upload the .xlsx workbook.",
                isUnreadable: true);
    }

    private sealed class XlsxFile : ITabularFile
    {
        private readonly IEnumerator<IDictionary<string, object?>> _rows;
        private readonly string[] _columnKeys;

        private XlsxFile(IEnumerator<IDictionary<string, object?>> rows, IReadOnlyList<string> headers, string[] columnKeys)
        {
            _rows = rows;
            Headers = headers;
            _columnKeys = columnKeys;
        }

        public IReadOnlyList<string> Headers { get; }

        public static XlsxFile Open(Stream content)
        {
            try
            {
                // Cells come keyed by column letter (A, B, …); the first row is the header.
                var rows = content.Query(useHeaderRow: false, excelType: ExcelType.XLSX)
                    .Cast<IDictionary<string, object?>>()
                    .GetEnumerator();
                if (!rows.MoveNext())
                {
                    return new XlsxFile(rows, [], []);
                }

                var header = rows.Current;
                var keys = header.Keys.ToArray();
                var names = keys.Select(k => Format(header[k]) ?? "").ToArray();
                return new XlsxFile(rows, names, keys);
            }
            catch (Exception e) when (IsParserFailure(e))
            {
                throw Unreadable();
            }
        }

        public async IAsyncEnumerable<TabularRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var rowNumber = 1;
            while (NextRow())
            {
                cancellationToken.ThrowIfCancellationRequested();
                rowNumber++;
                var row = _rows.Current;
                yield return new TabularRow(rowNumber, [.. _columnKeys.Select(k => row.TryGetValue(k, out var value) ? Format(value) : null)]);
            }

            await Task.CompletedTask;
        }

        /// <summary>
        /// Whatever the workbook parser throws on a damaged file (truncated zip, broken XML, a
        /// stream ending early — the library's own exception types vary) means the file cannot be
        /// read: the caller's problem, answered 400, not the server's.
        /// </summary>
        private static bool IsParserFailure(Exception e) => e is not (OperationCanceledException or OutOfMemoryException);

        private static UnsupportedFileException Unreadable() =>
            new("The Excel file cannot be read; save it again as an .xlsx workbook.", isUnreadable: true);

        private bool NextRow()
        {
            try
            {
                return _rows.MoveNext();
            }
            catch (Exception e) when (IsParserFailure(e))
            {
                throw Unreadable();
            }
        }

        public ValueTask DisposeAsync()
        {
            _rows.Dispose();
            return ValueTask.CompletedTask;
        }

        /// <summary>
        /// Cell values as the text a person sees. A NIP typed into a number cell has already lost
        /// digits (a double holds 15–17); such numbers keep their exponent form (1.98E+17) so the
        /// import can say what happened instead of accepting wrong digits.
        /// </summary>
        private static string? Format(object? value) => value switch
        {
            null => null,
            string text => text,
            DateTime date => date.TimeOfDay == TimeSpan.Zero
                ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            double number when Math.Abs(number) >= 1e15 => number.ToString("E16", CultureInfo.InvariantCulture),
            double number => number.ToString("0.##########", CultureInfo.InvariantCulture),
            decimal number => number.ToString(CultureInfo.InvariantCulture),
            bool flag => flag ? "true" : "false",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
    }
}
