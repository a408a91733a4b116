namespace AsnCompetency.Application.Common.Exceptions;

/// <summary>
/// The resource does not exist or is outside the caller's scope; both answer 404 so that ids of
/// other agencies' data cannot be probed.
/// </summary>
public sealed class NotFoundException(string resource, object key)
    : Exception($"{resource} {key} was not found.")
{
    public string Resource { get; } = resource;

    public object Key { get; } = key;
}
