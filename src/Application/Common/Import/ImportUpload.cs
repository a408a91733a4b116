using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Models;

namespace AsnCompetency.Application.Common.Import;

/// <summary>
/// An uploaded file opened for an import: the table, its header mapped to the import's columns,
/// and the errors and warnings found so far. A header that cannot be used rejects the import
/// before any row is read.
/// </summary>
public sealed class ImportUpload : IAsyncDisposable
{
    private ImportUpload(ITabularFile file, Dictionary<string, (int Index, string Header)> columns, ImportMessages errors, ImportMessages warnings)
    {
        File = file;
        Columns = columns;
        Errors = errors;
        Warnings = warnings;
    }

    public ITabularFile File { get; }

    /// <summary>The import's columns present in the file, to their position and header.</summary>
    public Dictionary<string, (int Index, string Header)> Columns { get; }

    /// <summary>The import's columns present in the file, to the header as the file writes it.</summary>
    public IReadOnlyDictionary<string, string> Headers => Columns.ToDictionary(c => c.Key, c => c.Value.Header);

    public ImportMessages Errors { get; }

    public ImportMessages Warnings { get; }

    /// <param name="mapColumns">The import's header mapping (e.g. EmployeeImportColumns.Map).</param>
    public static async Task<ImportUpload> OpenAsync(
        ITabularFileReader files,
        Stream content,
        string fileName,
        Func<IReadOnlyList<string>, ImportMessages, ImportMessages, Dictionary<string, (int Index, string Header)>> mapColumns,
        CancellationToken cancellationToken)
    {
        // A retried transaction reads the upload again from the start.
        if (content.CanSeek)
        {
            content.Position = 0;
        }

        var errors = new ImportMessages();
        var warnings = new ImportMessages();
        var file = await files.OpenAsync(content, fileName, cancellationToken);
        var columns = mapColumns(file.Headers, errors, warnings);
        var upload = new ImportUpload(file, columns, errors, warnings);
        if (errors.Any)
        {
            await upload.DisposeAsync();
            throw new ImportRejectedException(errors);
        }

        return upload;
    }

    /// <summary>Rejects the import when any row failed: nothing of it may be kept.</summary>
    public void ThrowIfRejected()
    {
        if (Errors.Any)
        {
            throw new ImportRejectedException(Errors);
        }
    }

    public ValueTask DisposeAsync() => File.DisposeAsync();
}
