namespace Microsoft.DurableTask;

/// <summary>
/// Stand-in: details of a task failure (data carrier). IsCausedBy / FromException are behaviour and are not declared;
/// compare <see cref="ErrorType"/> (the exception's full type name) instead.
/// </summary>
public record TaskFailureDetails(
    string ErrorType,
    string ErrorMessage,
    string? StackTrace,
    TaskFailureDetails? InnerFailure,
    IDictionary<string, object?>? Properties);
