namespace Microsoft.DurableTask;

/// <summary>
/// Stand-in: name of an orchestrator or activity. Value semantics (case-insensitive equality, implicit string
/// conversions) are part of the type's declaration, so they are carried here.
/// </summary>
public readonly struct TaskName : IEquatable<TaskName>
{
    public TaskName(string name)
    {
        Name = name;
#pragma warning disable CS0618 // Mirrors the real obsolete Version property.
        Version = name is null ? null! : string.Empty;
#pragma warning restore CS0618
    }

    public string Name { get; }

    [Obsolete("Refer to TaskVersion instead.")]
    public string Version { get; }

    public static implicit operator string(TaskName value) => value.Name;

    public static implicit operator TaskName(string value) => string.IsNullOrEmpty(value) ? default : new(value);

    public static bool operator ==(TaskName a, TaskName b) => a.Equals(b);

    public static bool operator !=(TaskName a, TaskName b) => !a.Equals(b);

    public bool Equals(TaskName other) => string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is TaskName other && Equals(other);

    public override int GetHashCode() => Name is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Name);

    public override string ToString() => Name;
}
