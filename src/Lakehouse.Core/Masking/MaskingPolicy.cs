using System.Text.Json;
using System.Text.Json.Serialization;
using Lakehouse.Core.Datasets;

namespace Lakehouse.Core.Masking;

/// <summary>
/// The masking policy: one <see cref="ColumnMask"/> per dataset column, read from a versioned JSON file (schema in
/// <c>docs/masking-policy.md</c>; the Olist policy is <c>Masking/Policies/olist.masking.v1.json</c>, embedded). Fails
/// closed: a column the policy does not name is an error, never silently kept.
/// </summary>
public sealed class MaskingPolicy
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };

    private static readonly Lazy<MaskingPolicy> OlistPolicy = new(() => LoadEmbedded("olist.masking.v1.json"));
    private readonly Dictionary<string, Dictionary<string, ColumnMask>> _datasets;

    private MaskingPolicy(string id, Dictionary<string, Dictionary<string, ColumnMask>> datasets)
    {
        Id = id;
        _datasets = datasets;
    }

    /// <summary>The policy's versioned id (<c>olist.masking/v1</c>).</summary>
    public string Id { get; }

    /// <summary>The Olist policy shipped with the code.</summary>
    public static MaskingPolicy Olist => OlistPolicy.Value;

    /// <summary>Parses a policy document.</summary>
    /// <exception cref="FormatException">The document is not a valid policy.</exception>
    public static MaskingPolicy Parse(string json)
    {
        PolicyDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<PolicyDocument>(json, Json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"Invalid masking policy: {e.Message}", e);
        }

        if (document is null || string.IsNullOrWhiteSpace(document.Policy) || document.Datasets is null)
        {
            throw new FormatException("Invalid masking policy: 'policy' and 'datasets' are required.");
        }

        var datasets = document.Datasets.ToDictionary(
            d => d.Key,
            d => d.Value.ToDictionary(c => c.Key, c => Validate(d.Key, c.Key, c.Value), StringComparer.Ordinal),
            StringComparer.Ordinal);
        return new MaskingPolicy(document.Policy, datasets);
    }

    /// <summary>The rule of every column of <paramref name="dataset"/>, in column order.</summary>
    /// <exception cref="InvalidOperationException">The policy does not name a column of the dataset.</exception>
    public IReadOnlyList<ColumnMask> For(DatasetDefinition dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var columns = _datasets.GetValueOrDefault(dataset.Name)
            ?? throw new InvalidOperationException($"Masking policy {Id} has no entry for dataset '{dataset.Name}'.");
        return [.. dataset.Columns.Select(c => columns.GetValueOrDefault(c.Name)
            ?? throw new InvalidOperationException($"Masking policy {Id} does not name column '{c.Name}' of dataset '{dataset.Name}'."))];
    }

    private static ColumnMask Validate(string dataset, string column, ColumnMask mask) => mask switch
    {
        { Action: MaskAction.Pseudonymize, Domain: null or "" } =>
            throw new FormatException($"Masking policy: {dataset}.{column} pseudonymizes without a 'domain'."),
        { Action: MaskAction.Generalize, KeepPrefix: < 0 } =>
            throw new FormatException($"Masking policy: {dataset}.{column} has a negative 'keepPrefix'."),
        _ => mask,
    };

    private static MaskingPolicy LoadEmbedded(string name)
    {
        using var stream = typeof(MaskingPolicy).Assembly.GetManifestResourceStream($"masking/{name}")
            ?? throw new InvalidOperationException($"Embedded masking policy '{name}' not found.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private sealed record PolicyDocument(string? Policy, Dictionary<string, Dictionary<string, ColumnMask>>? Datasets);
}
