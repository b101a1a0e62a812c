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

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(65_536)]
    public void Read_GeneratedRecordsInAnyChunking_RoundTripFieldsAndLines(int chunk)
    {
        // Fields of every shape (empty, plain, quoted with commas, quotes, LF and CR LF inside) joined by LF or CR LF,
        // read through a reader that hands out at most `chunk` characters per call, so every field and delimiter
        // falls on a buffer boundary somewhere.
        var random = new Random(20261201);
        string[] pieces = ["", "a", "São Paulo", "1,5", "say \"oi\"", "two\nlines", "cr\r\nlf", new string('z', 70_000)];
        var expected = new List<(string[] Fields, long Line)>();
        var text = new System.Text.StringBuilder();
        long line = 1;
        for (var r = 0; r < 400; r++)
        {
            var fields = Enumerable.Range(0, random.Next(1, 5)).Select(_ => pieces[random.Next(pieces.Length - (r % 50 == 0 ? 0 : 1))]).ToArray();
            if (fields is [""])
            {
                fields = ["x"]; // a lone empty field is a blank line
            }

            expected.Add((fields, line));
            text.Append(string.Join(',', fields.Select(f => f.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{f.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : f)));
            text.Append(random.Next(2) == 0 ? "\n" : "\r\n");
            line += 1 + fields.Sum(f => f.Count(c => c == '\n'));
        }

        var reader = new CsvReader(new ChunkedReader(text.ToString(), chunk));
        var actual = new List<CsvRecord>();
        for (var record = reader.Read(); record is not null; record = reader.Read())
        {
            actual.Add(record);
        }

        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Fields, actual[i].Fields);
            Assert.Equal((i, expected[i].Line), (actual[i].Number, actual[i].Line));
        }
    }

    /// <summary>A text reader that returns at most a fixed number of characters per call.</summary>
    private sealed class ChunkedReader(string text, int chunk) : TextReader
    {
        private int _position;

        public override int Read(char[] buffer, int index, int count)
        {
            var n = Math.Min(Math.Min(count, chunk), text.Length - _position);
            text.CopyTo(_position, buffer, index, n);
            _position += n;
            return n;
        }
    }
}
