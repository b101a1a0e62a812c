namespace Lakehouse.Core.Validation.Expectations;

/// <summary>Looks keys up in the loaded warehouse (the seam between referential integrity and PostgreSQL).</summary>
public interface IReferenceLookup
{
    /// <summary>How many of <paramref name="keys"/> are absent from <paramref name="table"/>.<paramref name="column"/>.</summary>
    Task<long> CountMissingAsync(string table, string column, IReadOnlyCollection<string> keys, CancellationToken cancellationToken);
}
