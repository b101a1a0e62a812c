using Lakehouse.Core.Transform;

namespace Lakehouse.Core.Tests.Transform;

public class CsvReaderTests
{
    private static List<CsvRecord> ReadAll(string text)
    {
        var reader = new CsvReader(new StringReader(text));
        var records = new List<CsvRecord>();
        for (var r = reader.Read(); r is not null; r = reader.Read())
        {
            records.Add(r);
        }

        return records;
    }

    [Fact]
    public void Read_QuotedFieldsWithCommasQuotesAndLineBreaks_ReturnsUnquotedValues()
    {
        var text = "id,message\r\n1,\"a, b\"\r\n2,\"he said \"\"oi\"\"\"\r\n3,\"line one\r\nline two\"\r\n4,plain\r\n";

        var records = ReadAll(text);

        Assert.Equal(5, records.Count);
        Assert.Equal(["1", "a, b"], records[1].Fields);
        Assert.Equal("he said \"oi\"", records[2].Fields[1]);
        Assert.Equal("line one\r\nline two", records[3].Fields[1]);
        Assert.Equal(["4", "plain"], records[4].Fields);
    }

    [Fact]
    public void Read_RecordSpanningLines_ReportsStartLineAndRecordNumber()
    {
        var text = "a,b\n1,\"x\ny\nz\"\n2,w\n";

        var records = ReadAll(text);

        Assert.Equal((1L, 2L), (records[1].Number, records[1].Line));
        Assert.Equal((2L, 5L), (records[2].Number, records[2].Line));
    }

    [Fact]
    public void Read_EmptyFieldsAndNoTrailingNewline_KeepsEveryField()
    {
        var records = ReadAll("a,b,c\n,,\n1,,3");

        Assert.Equal(["", "", ""], records[1].Fields);
        Assert.Equal(["1", "", "3"], records[2].Fields);
    }

    [Fact]
    public void Read_UnterminatedQuote_ThrowsNamingTheLine()
    {
        var reader = new CsvReader(new StringReader("a,b\n1,2\n3,\"open\n"));
        reader.Read();
        reader.Read();

        var error = Assert.Throws<FormatException>(() => reader.Read());

        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LongFieldAcrossBufferBoundary_ReturnsWholeField()
    {
        var big = new string('x', 200_000);

        var records = ReadAll($"a\n\"{big}\"\n");

        Assert.Equal(big, records[1].Fields[0]);
    }
}
