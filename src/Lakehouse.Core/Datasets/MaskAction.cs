namespace Lakehouse.Core.Datasets;

/// <summary>What the masking stage does with a column before it reaches silver (declared in the masking policy).</summary>
public enum MaskAction
{
    /// <summary>Not personal data: copied as is.</summary>
    Keep,

    /// <summary>Replaced by a keyed HMAC-SHA256 pseudonym, stable across runs so joins still work.</summary>
    Pseudonymize,

    /// <summary>Replaced by <c>[REDACTED]</c> (text) or null (other types).</summary>
    Redact,

    /// <summary>Coarsened: text keeps its first characters (the rest becomes <c>*</c>), dates become their month.</summary>
    Generalize,

    /// <summary>Free text: personal data inside it (CPF, CNPJ, e-mail, phone, CEP) is replaced by typed tokens.</summary>
    Scrub,
}
