using Lakehouse.Core.Datasets;
using Lakehouse.Core.Parquet;
using Lakehouse.Core.Validation.Expectations;

namespace Lakehouse.Core.Validation;

/// <summary>
/// The row-group part of a table validation (<see cref="TableExpectations.EvaluateAsync"/>: the built-in scan, the column
/// metrics and the declared expectations that do not consult the warehouse), fed by the transform with each silver row
/// group just before the writer encodes it (<see cref="ParquetFileWriter.RowGroupObserver"/>), so that the validate stage
/// need not decode the file it has just written. The validate stage still reads the file's footer — schema id, columns,
/// metadata, row and row-group counts — and uses an observation only when those counts match the file's; otherwise (another
/// process transformed it, the process restarted) it reads the row groups back into one made the same way
/// (<see cref="ReadingBack"/>), so that both paths take the same steps. Decoding silver again cost
/// about as much CPU as the validation itself: ~0.7 s of the CLI's ~6 s per full-scale ingest (docs/benchmarks.md, run M).
/// </summary>
public sealed class TableObservation
{
    private readonly BuiltInScan _builtIn;

    /// <summary>An observation of a file of <paramref name="dataset"/> for <paramref name="declared"/> (none may consult the warehouse).</summary>
    public TableObservation(DatasetDefinition dataset, IReadOnlyList<ITableExpectation> declared)
        : this(dataset, declared, whileWritten: true)
    {
    }

    private TableObservation(DatasetDefinition dataset, IReadOnlyList<ITableExpectation> declared, bool whileWritten)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(declared);
        if (whileWritten && declared.FirstOrDefault(e => e.ConsultsWarehouse) is { } consulting)
        {
            throw new ArgumentException($"Expectation '{consulting.Kind}' consults the warehouse: it is evaluated at the load turn, not while the file is written.", nameof(declared));
        }

        _builtIn = new BuiltInScan(dataset);
        Metrics = new ColumnMetrics(dataset);
        Declared = declared;
    }

    /// <summary>
    /// An observation made while a file is read back (<see cref="TableExpectations.EvaluateAsync"/> without one from its
    /// writer): the same steps, and expectations that consult the warehouse allowed — the reader lets them check what
    /// they gathered after each row group.
    /// </summary>
    internal static TableObservation ReadingBack(DatasetDefinition dataset, IReadOnlyList<ITableExpectation> declared) => new(dataset, declared, whileWritten: false);

    /// <summary>Rows observed.</summary>
    public long RowCount { get; private set; }

    /// <summary>Row groups observed.</summary>
    public int RowGroupCount { get; private set; }

    internal IReadOnlyList<ITableExpectation> Declared { get; }

    internal ColumnMetrics Metrics { get; }

    internal BuiltInScan BuiltIn => _builtIn;

    /// <summary>Sees one row group (in file order).</summary>
    public void Observe(ParquetRowGroup rowGroup)
    {
        ArgumentNullException.ThrowIfNull(rowGroup);
        _builtIn.Observe(rowGroup);
        Metrics.Observe(rowGroup);
        foreach (var expectation in Declared)
        {
            expectation.Observe(rowGroup);
        }

        RowCount += rowGroup.RowCount;
        RowGroupCount++;
    }
}

/// <summary>
/// Observations handed from the transform to the validate stage of the same object in this process
/// (<see cref="TableObservation"/>), taken once. Bounded: an observation whose validation never comes (a failed run) is
/// dropped once <see cref="Capacity"/> newer ones are held.
/// </summary>
public sealed class TableObservationCache
{
    /// <summary>Observations held at most (each holds its key sets: ~16 bytes per distinct key of the file).</summary>
    public const int Capacity = 32;

    private readonly Lock _lock = new();
    private readonly Dictionary<(long ObjectId, string SilverKey), TableObservation> _held = [];
    private readonly Queue<(long ObjectId, string SilverKey)> _order = new(); // the last Capacity puts, oldest first

    /// <summary>Holds the observation of object <paramref name="objectId"/>'s silver file <paramref name="silverKey"/>, replacing an older one.</summary>
    public void Put(long objectId, string silverKey, TableObservation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        lock (_lock)
        {
            _held[(objectId, silverKey)] = observation;
            _order.Enqueue((objectId, silverKey));
            while (_order.Count > Capacity)
            {
                var oldest = _order.Dequeue();
                if (!_order.Contains(oldest))
                {
                    _held.Remove(oldest);
                }
            }
        }
    }

    /// <summary>Takes the observation of that silver file, if this process made one and it was not taken yet.</summary>
    public TableObservation? Take(long objectId, string silverKey)
    {
        lock (_lock)
        {
            return _held.Remove((objectId, silverKey), out var observation) ? observation : null;
        }
    }
}
