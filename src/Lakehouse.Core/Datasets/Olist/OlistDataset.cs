namespace Lakehouse.Core.Datasets.Olist;

/// <summary>
/// What the nine Olist datasets share: a CSV file recognised by its official name (<c>olist_orders_dataset.csv</c>,
/// optionally <c>.gz</c>) and a section of the Olist masking policy (<see cref="MaskingPolicyResource"/>) named after
/// the dataset. Each dataset is a subclass in its own folder, with its merge SQL beside it.
/// </summary>
public abstract class OlistDataset : DatasetUnit
{
    /// <summary>The versioned masking policy of the Olist datasets (this folder, documented in <c>docs/masking-policy.md</c>).</summary>
    public const string MaskingPolicyResource = "olist.masking.v1.json";

    /// <summary>Creates the unit of the Olist file <paramref name="fileNameStem"/>.</summary>
    protected OlistDataset(string fileNameStem) => Recognition = DatasetRecognition.FileName(fileNameStem);

    /// <inheritdoc />
    public override DatasetRecognition Recognition { get; }

    /// <inheritdoc />
    public override MaskingReference Masking => new(MaskingPolicyResource, Definition.Name);
}
