using Lakehouse.Core.Masking;
using Lakehouse.Core.Parquet;
using Lakehouse.Core.Validation;
using Lakehouse.Core.Validation.Expectations;
using Lakehouse.Core.Warehouse;

namespace Lakehouse.Core.Datasets;

/// <summary>
/// One dataset as one unit: everything the stages need to know about it, declared in one class (and its folder) —
/// the schema (<see cref="Definition"/>: columns, key, load tier), how its bronze objects are recognised
/// (<see cref="Recognition"/>) and parsed (<see cref="Format"/>), its row rules, its table expectations, its section of
/// a masking policy, its merge SQL with the warehouse locks that merge takes, and the shape of its staging table.
/// Units are registered once (<see cref="BuiltInDatasets"/>) and checked as a whole when the registry is built
/// (<see cref="DatasetRegistry"/>, at composition): a missing or inconsistent piece fails at start-up, naming the
/// dataset and the piece, never at run time.
/// </summary>
public abstract class DatasetUnit
{
    private readonly Lazy<RowValidator> _rowRules;
    private readonly Lazy<IReadOnlyList<ColumnMask>> _masks;

    /// <summary>Creates the unit; its pieces are built on first use (and all of them by the registry's check).</summary>
    protected DatasetUnit()
    {
        _rowRules = new Lazy<RowValidator>(() =>
        {
            var rules = new RowValidator(Definition);
            DeclareRowRules(rules);
            return rules;
        });
        _masks = new Lazy<IReadOnlyList<ColumnMask>>(() => Masking.Resolve(Definition));
    }

    /// <summary>The declared, versioned schema: columns, key, load tier.</summary>
    public abstract DatasetDefinition Definition { get; }

    /// <summary>The dataset's name (<c>orders</c>), as in the catalog and on the command line.</summary>
    public string Name => Definition.Name;

    /// <summary>How a bronze object is recognised as this dataset (file name or key prefix).</summary>
    public abstract DatasetRecognition Recognition { get; }

    /// <summary>How its bronze objects become typed rows: CSV by the declared columns (the default) or the dataset's own parser.</summary>
    public virtual SourceFormat Format => SourceFormat.Csv;

    /// <summary>
    /// Whether identical content under another key is the same object (true, the default: a file dropped twice under
    /// two names is processed once). False for datasets whose key says what an object holds (API answers: the series
    /// or location and the window are in the key, and two answers may be equal bytes).
    /// </summary>
    public virtual bool DeduplicateContent => true;

    /// <summary>The masking policy file and section that say what happens to each column before silver.</summary>
    public abstract MaskingReference Masking { get; }

    /// <summary>The merge into the star schema: its SQL and the advisory locks it holds.</summary>
    public abstract DatasetMerge Merge { get; }

    /// <summary>
    /// The row rules (errors quarantine the row, warnings are reported), built once: FluentValidation validators are
    /// safe to share once their rules are declared.
    /// </summary>
    public RowValidator RowRules => _rowRules.Value;

    /// <summary>The masking rule of every column, in column order.</summary>
    public IReadOnlyList<ColumnMask> Masks => _masks.Value;

    /// <summary>
    /// Fresh table expectations for one evaluation (expectations accumulate state while a file is scanned): the column
    /// order of the source header (warning) and the type parse rate (at least 95 %, error), then the dataset's own.
    /// Besides these every dataset gets the built-in ones of <see cref="TableExpectations"/>.
    /// </summary>
    public IReadOnlyList<ITableExpectation> CreateTableExpectations() =>
        [new ColumnOrder(FindingSeverity.Warning), new TypeParseRate(0.95, FindingSeverity.Error), .. DeclareTableExpectations()];

    /// <summary>
    /// Fresh table expectations that are decided by the file alone (none consults the warehouse): what the validate stage
    /// evaluates over silver's row groups, and what the transform observes while it writes them
    /// (<see cref="TableObservation"/>) — one list for both, so that an observation fits its validation.
    /// </summary>
    public IReadOnlyList<ITableExpectation> CreateFileExpectations() => [.. CreateTableExpectations().Where(e => !e.ConsultsWarehouse)];

    /// <summary>
    /// Whether a table expectation of the dataset consults the loaded warehouse (<see cref="ITableExpectation.ConsultsWarehouse"/>:
    /// referential integrity). A run validates the files of such a dataset at their load turn, after the tables they
    /// refer to have loaded, and every other file as soon as it is transformed, beside the other objects' work.
    /// </summary>
    public bool ValidatesAgainstWarehouse => CreateTableExpectations().Any(e => e.ConsultsWarehouse);

    /// <summary>Declares the row rules on <paramref name="rules"/> (see <see cref="RowRules"/>).</summary>
    protected abstract void DeclareRowRules(RowValidator rules);

    /// <summary>The dataset's own table expectations, new instances, each with its severity.</summary>
    protected abstract IEnumerable<ITableExpectation> DeclareTableExpectations();

    /// <summary>How a silver file of this dataset becomes the load's staging table: by default the file as it is.</summary>
    internal virtual Staging CreateStaging(ParquetSchema schema) => new FileStaging(schema);
}
