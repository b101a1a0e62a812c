namespace Lakehouse.Core.Collection;

/// <summary>The Banco Central SGS API, section <c>Lakehouse:Collection:Bcb</c>.</summary>
public sealed class BcbSgsOptions : HttpSourceOptions
{
    /// <summary>Configuration section (bound as part of <see cref="CollectionOptions"/>).</summary>
    public const string SectionName = "Lakehouse:Collection:Bcb";

    /// <summary>Base URL. Default <c>https://api.bcb.gov.br</c> (plain http answers 404).</summary>
    public override string BaseUrl { get; set; } = "https://api.bcb.gov.br";
}
