using Xunit;

namespace Lakehouse.Testing;

/// <summary>A theory skipped when the recorded Banco Central and Open-Meteo answers are not at <c>../shared/data</c>.</summary>
public sealed class RequiresRecordedAnswersTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when a recording is absent.</summary>
    public RequiresRecordedAnswersTheoryAttribute()
    {
        if (!RecordedAnswers.HasBcb || !RecordedAnswers.HasWeather)
        {
            Skip = RecordedAnswersSkip.Reason;
        }
    }
}
