using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using Lakehouse.Core.Datasets;

namespace Lakehouse.Core.Masking;

/// <summary>
/// The masking policy: one <see cref="ColumnMask"/> per dataset column, read from a versioned JSON file (schema in
/// <c>docs/masking-policy.md</c>; the Olist policy is <c>Datasets/Olist/olist.masking.v1.json</c>, embedded as
/// <c>masking/{file}</c>). Each dataset unit points at its section (<c>Datasets.MaskingReference</c>). Fails closed: a
/// column the policy does not name is an error, never silently kept.
/// </summary>
public sealed class MaskingPolicy
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };

    private static readonly ConcurrentDictionary<string, Lazy<MaskingPolicy>> EmbeddedPolicies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, ColumnMask>> _datasets;

    private MaskingPolicy(string id, Dictionary<string, Dictionary<string, ColumnMask>> datasets)
    {
        Id = id;
        _datasets = datasets;
    }

    /// <summary>The policy's versioned id (<c>olist.masking/v1</c>).</summary>
    public string Id { get; }

    /// <summary>The Olist policy shipped with the code.</summary>
    public static MaskingPolicy Olist => Embedded("olist.masking.v1.json");

    /// <summary>The embedded policy file <paramref name="fileName"/> (logical name <c>masking/{file}</c>), parsed once.</summary>
    /// <exception cref="InvalidOperationException">No such embedded file, or it is not a valid policy.</exception>
    public static MaskingPolicy Embedded(string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        return EmbeddedPolicies.GetOrAdd(fileName, static name => new Lazy<MaskingPolicy>(() => LoadEmbedded(name))).Value;
    }

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

    /// <summary>The rule of every column of <paramref name="dataset"/>, in column order, from the section named after it.</summary>
    /// <exception cref="InvalidOperationException">The policy does not name a column of the dataset.</exception>
    public IReadOnlyList<ColumnMask> For(DatasetDefinition dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return For(dataset.Name, dataset);
    }

    /// <summary>The rule of every column of <paramref name="dataset"/>, in column order, from section <paramref name="section"/>.</summary>
    /// <exception cref="InvalidOperationException">The policy has no such section, or it does not name a column of the dataset.</exception>
    public IReadOnlyList<ColumnMask> For(string section, DatasetDefinition dataset)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(dataset);
        var columns = _datasets.GetValueOrDefault(section)
            ?? throw new InvalidOperationException($"Masking policy {Id} has no entry for dataset '{section}'.");
        return [.. dataset.Columns.Select(c => columns.GetValueOrDefault(c.Name)
            ?? throw new InvalidOperationException($"Masking policy {Id} does not name column '{c.Name}' of dataset '{dataset.Name}'."))];
    }

    /// <summary>The column names section <paramref name="section"/> declares, or null when the policy has no such section.</summary>
    public IReadOnlyCollection<string>? ColumnsOf(string section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return _datasets.GetValueOrDefault(section)?.Keys;
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
