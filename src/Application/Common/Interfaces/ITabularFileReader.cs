namespace AsnCompetency.Application.Common.Interfaces;

/// <summary>Reads uploaded tables (CSV or XLSX) row by row, without holding the file in memory.</summary>
public interface ITabularFileReader
{
    /// <summary>
    /// Opens a table: CSV in UTF-8 (with or without BOM) separated by ',' or ';', or the first
    /// sheet of an XLSX workbook. The first row holds the column names.
    /// </summary>
    /// <exception cref="Exceptions.UnsupportedFileException">The file is neither CSV nor XLSX.</exception>
    Task<ITabularFile> OpenAsync(Stream content, string fileName, CancellationToken cancellationToken);
}

/// <summary>An open table: its header and its data rows.</summary>
public interface ITabularFile : IAsyncDisposable
{
    IReadOnlyList<string> Headers { get; }

    /// <summary>The data rows; row numbers count the header as row 1, as a spreadsheet does.</summary>
    IAsyncEnumerable<TabularRow> ReadRowsAsync(CancellationToken cancellationToken);
}

/// <summary>One data row; values in header order, null for an empty cell.</summary>
public sealed record TabularRow(int RowNumber, IReadOnlyList<string?> Values)
{
    public bool IsEmpty => Values.All(string.IsNullOrWhiteSpace);
}
