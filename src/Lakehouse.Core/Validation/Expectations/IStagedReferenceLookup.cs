namespace Lakehouse.Core.Validation.Expectations;

/// <summary>
/// The rows of a load in progress, staged in the warehouse (the load's <c>stg</c> table, <see cref="Warehouse.WarehouseLoader"/>):
/// referential integrity counted where the rows already are, inside the load's transaction, instead of reading the silver
/// file again and sending its keys to the server (<see cref="IStagedExpectation"/>).
/// </summary>
public interface IStagedReferenceLookup
{
    /// <summary>
    /// The distinct non-null values of staged column <paramref name="column"/>, and how many of them are absent from
    /// <paramref name="table"/>.<paramref name="tableColumn"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The staging table has no column <paramref name="column"/>.</exception>
    Task<(long Distinct, long Missing)> CountMissingAsync(string column, string table, string tableColumn, CancellationToken cancellationToken);
}

/// <summary>
/// An expectation that consults the warehouse (<see cref="ITableExpectation.ConsultsWarehouse"/>) and can be evaluated on
/// the staged rows of the object's load (<see cref="IStagedReferenceLookup"/>) instead of on its silver file.
/// </summary>
public interface IStagedExpectation : ITableExpectation
{
    /// <summary>Gathers what <see cref="ITableExpectation.FinishAsync"/> decides on, from the staged rows.</summary>
    ValueTask ObserveStagedAsync(IStagedReferenceLookup staged, CancellationToken cancellationToken);
}
