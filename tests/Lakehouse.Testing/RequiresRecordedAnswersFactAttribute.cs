using Xunit;

namespace Lakehouse.Testing;

/// <summary>A fact skipped when the recorded Banco Central and Open-Meteo answers are not at <c>../shared/data</c>.</summary>
public sealed class RequiresRecordedAnswersFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when a recording is absent.</summary>
    public RequiresRecordedAnswersFactAttribute()
    {
        if (!RecordedAnswers.HasBcb || !RecordedAnswers.HasWeather)
        {
            Skip = RecordedAnswersSkip.Reason;
        }
    }
}
