using FluentValidation;
using FluentValidation.Results;
using Lakehouse.Core.Datasets;

namespace Lakehouse.Core.Validation;

/// <summary>
/// The row-level expectation suite of one dataset, built on FluentValidation. Errors quarantine the row; warnings
/// are counted and reported. Rules are declared per dataset by its unit (<see cref="DatasetUnit.RowRules"/>) through
/// <see cref="RowRules"/>.
/// </summary>
/// <remarks>
/// FluentValidation is the rule engine and the only source of failures. Building its validation context costs about
/// 1 µs and 650 bytes per row (1 of the 1.7 s that the 977k-row geolocation file took to transform), almost always to
/// find nothing. So each rule that <see cref="RowRules"/> declares also registers the predicate its <c>Must</c> uses
/// (the same delegate, so the two cannot disagree), and <see cref="Check(TypedRow)"/> runs FluentValidation only for a row that
/// fails one of them. A suite with any rule declared another way has no complete set of predicates and sends every
/// row to FluentValidation.
/// </remarks>
public sealed class RowValidator : AbstractValidator<TypedRow>
{
    private readonly List<Func<object?[], bool>> _passes = [];
    private bool? _passesCoverEveryRule;

    /// <summary>Creates an empty suite for <paramref name="dataset"/>.</summary>
    public RowValidator(DatasetDefinition dataset)
    {
        Dataset = dataset;
        // Collect every failure of a row, not only the first: the quarantine reason lists them all.
        RuleLevelCascadeMode = CascadeMode.Continue;
    }

    /// <summary>The dataset whose rows this suite checks.</summary>
    public DatasetDefinition Dataset { get; }

    /// <summary>
    /// The failures of <paramref name="row"/> (errors and warnings), exactly as <c>Validate(row).Errors</c> reports them;
    /// empty without calling FluentValidation when the row passes the predicate of every rule. Declare every rule
    /// before the first row is checked.
    /// </summary>
    public IReadOnlyList<ValidationFailure> Check(TypedRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Check(row.Values, row.Number, row.Line);
    }

    /// <summary>
    /// <see cref="Check(TypedRow)"/> of the row of <paramref name="values"/> (record <paramref name="number"/>, starting on
    /// <paramref name="line"/>); the <see cref="TypedRow"/> FluentValidation needs is built only for a row that fails a
    /// predicate (70 MB of rows in a full-scale ingest otherwise).
    /// </summary>
    public IReadOnlyList<ValidationFailure> Check(object?[] values, long number, long line)
    {
        ArgumentNullException.ThrowIfNull(values);
        _passesCoverEveryRule ??= _passes.Count == this.Count();
        if (_passesCoverEveryRule.Value && PassesEveryRule(values))
        {
            return [];
        }

        return Validate(new TypedRow(Dataset, values, number, line)).Errors;
    }

    /// <summary>Registers the pass predicate of one rule just declared (see the remarks).</summary>
    internal void AddPass(Func<object?[], bool> passes) => _passes.Add(passes);

    private bool PassesEveryRule(object?[] values)
    {
        foreach (var passes in _passes)
        {
            if (!passes(values))
            {
                return false;
            }
        }

        return true;
    }
}
