using Lakehouse.Core.Validation;

namespace Lakehouse.Core.Collection;

/// <summary>An Open-Meteo daily answer parsed to rows; findings' sample rows are 1-based positions in <c>daily.time</c>.</summary>
/// <param name="Location">Location slug.</param>
/// <param name="Rows">Valid rows inside the window, dates strictly increasing.</param>
/// <param name="Read">Days of the answer inside the window (valid or not).</param>
/// <param name="OutsideWindow">Days of the answer outside the window, dropped.</param>
/// <param name="Findings">Row findings (<see cref="OpenMeteoDailyParser"/> lists the rules).</param>
public sealed record WeatherParseResult(string Location, IReadOnlyList<WeatherDailyRow> Rows, int Read, int OutsideWindow, IReadOnlyList<Finding> Findings)
{
    /// <summary>Days of the window that failed an Error rule and were left out.</summary>
    public int Rejected => Read - Rows.Count;
}
