using Lakehouse.Core.Datasets;

namespace Lakehouse.Core.Masking;

/// <summary>Applies a <see cref="ColumnMask"/> to a typed value (silver) or to raw CSV text (quarantine).</summary>
public sealed class ColumnMasker
{
    private readonly Pseudonymizer _pseudonymizer;

    /// <summary>Creates the masker over the configured pseudonymizer.</summary>
    public ColumnMasker(Pseudonymizer pseudonymizer) => _pseudonymizer = pseudonymizer;

    /// <summary>The masked value; null stays null.</summary>
    public object? Apply(ColumnMask mask, object? value)
    {
        ArgumentNullException.ThrowIfNull(mask);
        if (value is null || mask.Action == MaskAction.Keep)
        {
            return value;
        }

        return (mask.Action, value) switch
        {
            (MaskAction.Pseudonymize, string s) => s.Length == 0 ? s : _pseudonymizer.Pseudonymize(mask.Domain!, s),
            (MaskAction.Scrub, string s) => Scrubber.Scrub(s),
            (MaskAction.Redact, string) => "[REDACTED]",
            (MaskAction.Redact, _) => null,
            (MaskAction.Generalize, string s) => s.Length <= mask.KeepPrefix ? s : s[..mask.KeepPrefix] + new string('*', s.Length - mask.KeepPrefix),
            (MaskAction.Generalize, DateTime t) => new DateTime(t.Year, t.Month, 1, 0, 0, 0, t.Kind),
            (MaskAction.Generalize, DateOnly d) => new DateOnly(d.Year, d.Month, 1),
            // A rule that does not fit the value's type must not let the value through.
            _ => throw new InvalidOperationException($"Mask action {mask.Action} does not apply to a {value.GetType().Name} value."),
        };
    }
}
