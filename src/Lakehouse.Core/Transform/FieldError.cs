namespace Lakehouse.Core.Transform;

/// <summary>Why a field failed: the rule (<c>not_null</c>, <c>type_timestamp</c>…) and a reason free of values.</summary>
public sealed record FieldError(string Rule, string Reason);
