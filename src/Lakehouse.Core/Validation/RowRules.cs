using System.Text.RegularExpressions;
using FluentValidation;

namespace Lakehouse.Core.Validation;

/// <summary>
/// Reusable row rules for <see cref="RowValidator"/>. Each sets the expectation name as the error code and a message
/// that names the column and the rule, never the value (values can be personal data), and registers its predicate as
/// the rule's pass check (<see cref="RowValidator.Check(TypedRow)"/>).
/// </summary>
public static partial class RowRules
{
    /// <summary>Lowercase 32-hex id, as every Olist id.</summary>
    public static void HexId(this RowValidator validator, string column) =>
        validator.Text(column, "regex", $"column '{column}' must be a 32-character lowercase hex id", v => HexIdPattern().IsMatch(v));

    /// <summary>The value matches <paramref name="pattern"/>.</summary>
    public static void Matches(this RowValidator validator, string column, Regex pattern, string description) =>
        validator.Text(column, "regex", $"column '{column}' must be {description}", pattern.IsMatch);

    /// <summary>The value is one of <paramref name="allowed"/>.</summary>
    public static void InSet(this RowValidator validator, string column, params string[] allowed)
    {
        var set = new HashSet<string>(allowed, StringComparer.Ordinal);
        validator.Text(column, "value_in_set", $"column '{column}' must be one of: {string.Join(", ", allowed)}", set.Contains);
    }

    /// <summary>A decimal column lies in [min, max].</summary>
    public static void Range(this RowValidator validator, string column, decimal min, decimal max) =>
        validator.Between(column, min, max, Severity.Error, "range", "must");

    /// <summary>An int column lies in [min, max].</summary>
    public static void Range(this RowValidator validator, string column, int min, int max) =>
        validator.Between(column, min, max, Severity.Error, "range", "must");

    /// <summary>A double column lies in [min, max]; <paramref name="severity"/> Warning only reports.</summary>
    public static void Range(this RowValidator validator, string column, double min, double max, Severity severity = Severity.Error) =>
        validator.Between(column, min, max, severity, severity == Severity.Warning ? "range_expected" : "range", "should");

    /// <summary>One range rule for every numeric type: values of other types (null) are not this rule's concern.</summary>
    private static void Between<T>(this RowValidator validator, string column, T min, T max, Severity severity, string code, string verb)
        where T : struct, IComparable<T>
    {
        ArgumentNullException.ThrowIfNull(validator);
        var index = validator.Dataset.Ordinal(column);
        Func<object?, bool> passes = v => v is not T x || (x.CompareTo(min) >= 0 && x.CompareTo(max) <= 0);
        validator.AddPass(values => passes(values[index]));
        validator.RuleFor(r => r.Values[index])
            .Must(passes)
            .OverridePropertyName(column)
            .WithErrorCode(code)
            .WithSeverity(severity)
            .WithMessage($"column '{column}' {verb} be between {min} and {max}");
    }

    /// <summary>
    /// A decimal column has at most <paramref name="digits"/> significant decimal places (trailing zeros aside): silver
    /// stores the column at that scale, so a finer value would be rounded silently.
    /// </summary>
    public static void MaxDecimals(this RowValidator validator, string column, int digits)
    {
        ArgumentNullException.ThrowIfNull(validator);
        var index = validator.Dataset.Ordinal(column);
        Func<object?, bool> passes = v => v is not decimal d || decimal.Round(d, digits) == d;
        validator.AddPass(values => passes(values[index]));
        validator.RuleFor(r => r.Values[index])
            .Must(passes)
            .OverridePropertyName(column)
            .WithErrorCode("decimal_places")
            .WithMessage($"column '{column}' must have at most {digits} decimal places");
    }

    /// <summary>A text column has at most <paramref name="max"/> characters.</summary>
    public static void MaxLength(this RowValidator validator, string column, int max) =>
        validator.Text(column, "length", $"column '{column}' must have at most {max} characters", v => v.Length <= max);

    /// <summary>
    /// When <paramref name="column"/> equals <paramref name="value"/>, the decimal <paramref name="amount"/> must be
    /// zero (a warning: e.g. payments of type <c>not_defined</c> carry no money).
    /// </summary>
    public static void ZeroWhen(this RowValidator validator, string column, string value, string amount)
    {
        ArgumentNullException.ThrowIfNull(validator);
        var a = validator.Dataset.Ordinal(column);
        var b = validator.Dataset.Ordinal(amount);
        Func<object?[], bool> passes = v => v[a] is not string s || s != value || v[b] is not decimal d || d == 0m;
        validator.AddPass(passes);
        validator.RuleFor(r => r)
            .Must(r => passes(r.Values))
            .OverridePropertyName(amount)
            .WithErrorCode("conditional_value")
            .WithSeverity(Severity.Warning)
            .WithMessage($"column '{amount}' should be 0 when '{column}' is '{value}'");
    }

    /// <summary>
    /// When both timestamps are present, <paramref name="later"/> is not before <paramref name="earlier"/>.
    /// A warning by default: the real data has carriers scanning a parcel before the order was approved.
    /// </summary>
    public static void NotBefore(this RowValidator validator, string later, string earlier, Severity severity = Severity.Warning)
    {
        ArgumentNullException.ThrowIfNull(validator);
        var a = validator.Dataset.Ordinal(later);
        var b = validator.Dataset.Ordinal(earlier);
        Func<object?[], bool> passes = v => v[a] is not DateTime x || v[b] is not DateTime y || x >= y;
        validator.AddPass(passes);
        validator.RuleFor(r => r)
            .Must(r => passes(r.Values))
            .OverridePropertyName(later)
            .WithErrorCode("date_order")
            .WithSeverity(severity)
            .WithMessage($"column '{later}' must not be before '{earlier}'");
    }

    private static void Text(this RowValidator validator, string column, string rule, string message, Func<string, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(validator);
        var index = validator.Dataset.Ordinal(column);
        Func<object?, bool> passes = v => v is not string s || predicate(s);
        validator.AddPass(values => passes(values[index]));
        validator.RuleFor(r => r.Values[index])
            .Must(passes)
            .OverridePropertyName(column)
            .WithErrorCode(rule)
            .WithMessage(message);
    }

    [GeneratedRegex("^[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex HexIdPattern();
}
