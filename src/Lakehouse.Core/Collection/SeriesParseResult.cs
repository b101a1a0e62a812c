using Lakehouse.Core.Validation;

namespace Lakehouse.Core.Collection;

/// <summary>
/// An SGS answer parsed to typed rows: the rows that passed every row rule, in date order; rows of the answer outside
/// the window (dropped: the API may answer an empty window with the last earlier value); and the findings, whose
/// sample rows are 1-based positions in the answer's array.
/// </summary>
/// <param name="Series">The series.</param>
/// <param name="Rows">Valid rows inside the window, dates strictly increasing.</param>
/// <param name="Read">Rows of the answer inside the window (valid or not).</param>
/// <param name="OutsideWindow">Rows of the answer outside the window, dropped.</param>
/// <param name="Findings">Row and series findings (<see cref="BcbSeriesParser"/> lists the rules).</param>
public sealed record SeriesParseResult(SgsSeries Series, IReadOnlyList<IndicatorValue> Rows, int Read, int OutsideWindow, IReadOnlyList<Finding> Findings)
{
    /// <summary>Rows of the window that failed an Error rule and were left out.</summary>
    public int Rejected => Read - Rows.Count;
}
