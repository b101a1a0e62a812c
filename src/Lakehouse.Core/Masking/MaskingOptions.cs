using System.ComponentModel.DataAnnotations;

namespace Lakehouse.Core.Masking;

/// <summary>Masking settings, section <c>Lakehouse:Masking</c> (environment: <c>Lakehouse__Masking__Key</c>).</summary>
public sealed class MaskingOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Lakehouse:Masking";

    /// <summary>
    /// Secret key of the HMAC-SHA256 pseudonyms, at least 16 characters. Required; never logged. Changing it changes
    /// every pseudonym, so keep it stable for the life of the warehouse.
    /// </summary>
    [Required(ErrorMessage = "Lakehouse__Masking__Key is required (the secret key of the pseudonyms).")]
    [MinLength(16, ErrorMessage = "Lakehouse__Masking__Key must be at least 16 characters long.")]
    public string Key { get; set; } = "";

    /// <summary>Redacts the key.</summary>
    public override string ToString() => "MaskingOptions { Key = *** }";
}
