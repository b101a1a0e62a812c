using FluentValidation;
using FluentValidation.Results;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Transform;
using Lakehouse.Core.Validation;
using Lakehouse.Testing;

namespace Lakehouse.Core.Tests.Validation;

public class RowValidatorTests
{
    /// <summary>
    /// Every row of a generated Olist sample, and for each column a copy of the row with that value broken (text that
    /// fits no pattern, numbers far out of range, dates before the others): <see cref="RowValidator.Check"/> reports
    /// exactly what FluentValidation's Validate reports, and the broken copies do fail somewhere.
    /// </summary>
    [Fact]
    public void Check_GeneratedRowsAndBrokenCopies_ReportsWhatValidateReports()
    {
        using var folder = new TempDirectory("rowcheck");
        var sample = OlistGenerator.Write(folder.Path, 0.002);
        long rows = 0, failing = 0;
        foreach (var path in sample.Paths)
        {
            var dataset = OlistDatasets.Recognize(Path.GetFileName(path))!;
            var suite = BuiltInDatasets.Registry.Get(dataset.Name).RowRules;
            using var text = new StreamReader(path);
            var csv = new CsvReader(text);
            var header = csv.Read()!.Fields.Select(f => f.TrimStart('\uFEFF')).ToList();
            for (var record = csv.Read(); record is not null && record.Number <= 200; record = csv.Read())
            {
                var values = dataset.Columns.Select(c => Parse(c, record.Fields[header.IndexOf(c.Name)])).ToArray();
                foreach (var row in new[] { values }.Concat(Enumerable.Range(0, values.Length).Select(i => Broken(dataset, values, i))))
                {
                    var typed = new TypedRow(dataset, row, record.Number, record.Line);
                    var expected = suite.Validate(typed).Errors;
                    Assert.Equal(Describe(expected), Describe(suite.Check(typed)));
                    rows++;
                    failing += expected.Count > 0 ? 1 : 0;
                }
            }
        }

        Assert.True(rows > 5_000, $"only {rows} rows checked");
        Assert.True(failing > 1_000, $"only {failing} failing rows: the broken copies should fail");
    }

    [Fact]
    public void Check_SuiteWithARuleDeclaredOutsideRowRules_StillReportsItsFailure()
    {
        var suite = new RowValidator(OlistDatasets.Sellers);
        suite.Matches("seller_state", new System.Text.RegularExpressions.Regex("^[A-Z]{2}$"), "a state");
        suite.RuleFor(r => r.Values[0]).Must(v => v is string s && s.Length == 32).WithErrorCode("custom");
        var row = new TypedRow(OlistDatasets.Sellers, ["short", "01001", "sao paulo", "SP"], 1, 2);

        var failures = suite.Check(row);

        Assert.Equal("custom", Assert.Single(failures).ErrorCode);
    }

    private static object? Parse(DatasetColumn column, string text) =>
        FieldParser.TryParse(column, text, out var value, out _) ? value : null;

    /// <summary>A copy of <paramref name="values"/> whose value <paramref name="index"/> breaks any rule on it.</summary>
    private static object?[] Broken(DatasetDefinition dataset, object?[] values, int index)
    {
        var copy = (object?[])values.Clone();
        copy[index] = copy[index] switch
        {
            string => dataset.Columns[index].Name.EndsWith("_type", StringComparison.Ordinal) ? "not_defined" : "Not A Valid Value!",
            int => -1_000_000,
            decimal => -1_000_000m,
            double => -1_000.0,
            DateTime => new DateTime(1990, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            var other => other,
        };
        return copy;
    }

    private static string[] Describe(IEnumerable<ValidationFailure> failures) =>
        [.. failures.Select(f => $"{f.ErrorCode}|{f.PropertyName}|{f.Severity}|{f.ErrorMessage}")];
}
