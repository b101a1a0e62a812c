using Lakehouse.Core.Masking;

namespace Lakehouse.Core.Datasets;

/// <summary>
/// Where a dataset's masking rules are: a versioned policy file embedded in the assembly (<c>olist.masking.v1.json</c>,
/// schema in <c>docs/masking-policy.md</c>) and the section of that file named after the dataset. The policy stays one
/// reviewable file per source family, versioned as a whole; the unit points at its section, and the registry checks at
/// start-up that the section names every column of the dataset and no other.
/// </summary>
/// <param name="PolicyResource">File name of the embedded policy (logical name <c>masking/{file}</c>).</param>
/// <param name="Section">The section of the policy, by default the dataset's name.</param>
public sealed record MaskingReference(string PolicyResource, string Section)
{
    /// <summary>The policy document.</summary>
    /// <exception cref="InvalidOperationException">No such embedded policy, or it is not a valid policy.</exception>
    public MaskingPolicy Policy => MaskingPolicy.Embedded(PolicyResource);

    /// <summary>The rule of every column of <paramref name="dataset"/>, in column order.</summary>
    /// <exception cref="InvalidOperationException">The policy, its section or a column is missing, or the section names a column the dataset lacks.</exception>
    public IReadOnlyList<ColumnMask> Resolve(DatasetDefinition dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var policy = Policy;
        var extra = policy.ColumnsOf(Section)?.Where(c => dataset.IndexOf(c) < 0).ToList() ?? [];
        return extra.Count == 0
            ? policy.For(Section, dataset)
            : throw new InvalidOperationException($"Masking policy {policy.Id}, section '{Section}', names column(s) {string.Join(", ", extra)} that dataset '{dataset.Name}' does not have.");
    }
}
