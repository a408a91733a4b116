using System.Globalization;
using System.Runtime.CompilerServices;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Domain.Employees;

namespace AsnCompetency.Application.Common.Import;

/// <summary>
/// The common part of the file imports' row parsers: reads the data rows (empty ones skipped),
/// refuses cells with control characters before anything else sees them (PostgreSQL cannot store
/// a NUL), and gives a row's cells by column with errors named after the file's own header.
/// </summary>
/// <typeparam name="TStaged">A row that passed its own checks, ready for the store.</typeparam>
public abstract class ImportRowParser<TStaged>(IReadOnlyDictionary<string, (int Index, string Header)> columns, ImportMessages errors)
    where TStaged : class
{
    /// <summary>The date formats the imports accept, ISO first.</summary>
    public static readonly string[] DateFormats = ["yyyy-MM-dd", "dd-MM-yyyy", "dd/MM/yyyy", "d/M/yyyy", "d-M-yyyy", "yyyy/MM/dd"];

    /// <summary>The import's columns present in the file, to their position and header.</summary>
    protected IReadOnlyDictionary<string, (int Index, string Header)> ColumnMap => columns;

    /// <summary>The import's errors so far.</summary>
    protected ImportMessages Errors => errors;

    /// <summary>Data rows read; empty rows are not counted.</summary>
    public int RowCount { get; private set; }

    public async IAsyncEnumerable<TStaged> StageAsync(ITabularFile file, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in file.ReadRowsAsync(cancellationToken))
        {
            if (row.IsEmpty)
            {
                continue;
            }

            RowCount++;
            if (HasControlCharacters(row))
            {
                continue;
            }

            if (Parse(row) is { } staged)
            {
                yield return staged;
            }
        }
    }

    /// <summary>Checks one row, recording its errors; null when the row cannot go to the store at all.</summary>
    protected abstract TStaged? Parse(TabularRow row);

    /// <summary>The trimmed cell of a column, or null when the column is absent or the cell empty.</summary>
    protected string? Cell(TabularRow row, string column) =>
        columns.TryGetValue(column, out var c) && c.Index < row.Values.Count && !string.IsNullOrWhiteSpace(row.Values[c.Index])
            ? row.Values[c.Index]!.Trim()
            : null;

    /// <summary>Records an error of a cell, named by the header the file gave the column.</summary>
    protected void Fail(TabularRow row, string column, string message) =>
        errors.Add(row.RowNumber, columns.TryGetValue(column, out var c) ? c.Header : column, message);

    /// <summary>The cell, with an error when it is longer than the database column.</summary>
    protected string? Limited(TabularRow row, string column, int maxLength)
    {
        var value = Cell(row, column);
        if (value is not null && value.Length > maxLength)
        {
            Fail(row, column, $"Longer than {maxLength} characters.");
        }

        return value;
    }

    protected static DateOnly? ParseDate(string value) =>
        DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>
    /// Only the shape of the number: whether it belongs to an employee of the agency is what
    /// matters, and the store checks that. Separators are dropped as when the NIP was registered.
    /// </summary>
    protected static string? ParseNip(string? text, out string? error)
    {
        error = null;
        if (text is null)
        {
            error = "The NIP is required: 18 digits.";
            return null;
        }

        if (text.Contains("E+", StringComparison.OrdinalIgnoreCase))
        {
            error = "The NIP is stored as a number in the spreadsheet and has lost digits; format the column as Text and enter the 18 digits again.";
            return null;
        }

        var digits = Nip.Normalise(text);
        if (digits.Length != Nip.Length || !digits.All(char.IsAsciiDigit))
        {
            error = $"'{text}' is not a NIP: 18 digits (spaces are ignored).";
            return null;
        }

        return digits;
    }

    private bool HasControlCharacters(TabularRow row)
    {
        var found = false;
        foreach (var (index, header) in columns.Values)
        {
            if (index < row.Values.Count && row.Values[index] is { } value && value.Any(ch => char.IsControl(ch) && ch is not ('\t' or '\r' or '\n')))
            {
                errors.Add(row.RowNumber, header, "The cell contains a control character (such as NUL); remove it.");
                found = true;
            }
        }

        return found;
    }
}

/// <summary>Maps an import file's header row to the import's columns.</summary>
public static class ImportHeader
{
    /// <summary>Every accepted spelling (canonical name and aliases) to the canonical name.</summary>
    public static Dictionary<string, string> Aliases(IEnumerable<(string Name, string[] Aliases, string Description)> columns) =>
        columns
            .SelectMany(c => c.Aliases.Append(c.Name).Select(alias => (alias, c.Name)))
            .ToDictionary(x => x.alias, x => x.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Maps the file's header to column positions. Names match without case, with spaces and
    /// dashes read as underscores. Missing required columns and duplicates are errors of row 1;
    /// unknown columns are warnings (their cells are ignored).
    /// </summary>
    public static Dictionary<string, (int Index, string Header)> Map(
        IReadOnlyList<string> headers, IReadOnlyDictionary<string, string> aliases, IEnumerable<string> required, ImportMessages errors, ImportMessages warnings)
    {
        var map = new Dictionary<string, (int Index, string Header)>();
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i]?.Trim() ?? "";
            if (header.Length == 0)
            {
                continue;
            }

            var key = header.ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
            if (!aliases.TryGetValue(key, out var name))
            {
                warnings.Add(1, header, $"Column '{header}' is not one of the import columns and is ignored.");
            }
            else if (map.TryGetValue(name, out var first))
            {
                errors.Add(1, header, $"Column '{header}' repeats column '{first.Header}'.");
            }
            else
            {
                map[name] = (i, header);
            }
        }

        foreach (var column in required)
        {
            if (!map.ContainsKey(column))
            {
                errors.Add(1, column, $"The required column '{column}' is missing. The header row must name the columns (see the import template).");
            }
        }

        return map;
    }
}
