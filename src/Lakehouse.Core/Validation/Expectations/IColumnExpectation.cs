namespace Lakehouse.Core.Validation.Expectations;

/// <summary>A table expectation about one column (so a met result can name it too).</summary>
public interface IColumnExpectation
{
    /// <summary>The column watched.</summary>
    string Column { get; }
}
