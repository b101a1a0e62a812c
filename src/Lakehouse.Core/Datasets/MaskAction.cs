namespace Lakehouse.Core.Datasets;

/// <summary>What the masking stage does with a column before it reaches silver.</summary>
public enum MaskAction
{
    /// <summary>Not personal data: copied as is.</summary>
    Keep,

    /// <summary>Replaced by a keyed HMAC-SHA256 pseudonym, stable across runs so joins still work.</summary>
    Pseudonymize,

    /// <summary>Free text: personal data inside it (CPF, CNPJ, e-mail, phone, CEP) is replaced by typed tokens.</summary>
    Scrub,
}
