using FluentValidation;
using Lakehouse.Core.Datasets;

namespace Lakehouse.Core.Validation;

/// <summary>
/// The row-level expectation suite of one dataset, built on FluentValidation. Errors quarantine the row; warnings
/// are counted and reported. Rules are declared per dataset in <see cref="OlistRowSuites"/>.
/// </summary>
public sealed class RowValidator : AbstractValidator<TypedRow>
{
    /// <summary>Creates an empty suite for <paramref name="dataset"/>.</summary>
    public RowValidator(DatasetDefinition dataset)
    {
        Dataset = dataset;
        // Collect every failure of a row, not only the first: the quarantine reason lists them all.
        RuleLevelCascadeMode = CascadeMode.Continue;
    }

    /// <summary>The dataset whose rows this suite checks.</summary>
    public DatasetDefinition Dataset { get; }
}
