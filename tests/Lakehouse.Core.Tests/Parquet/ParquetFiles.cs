using Lakehouse.Core.Parquet;

namespace Lakehouse.Core.Tests.Parquet;

/// <summary>Write/read helpers of the Parquet tests (temp folders come from Lakehouse.Testing.TempDirectory).</summary>
internal static class ParquetFiles
{
    public static byte[] Write(ParquetSchema schema, IEnumerable<object?[]> rows, ParquetWriterOptions? options = null)
    {
        using var stream = new MemoryStream();
        using (var writer = new ParquetWriter(stream, schema, options))
        {
            foreach (var row in rows)
            {
                writer.WriteRow(row);
            }
        }

        return stream.ToArray();
    }

    public static void WriteFile(string path, ParquetSchema schema, IEnumerable<object?[]> rows, ParquetWriterOptions? options = null) =>
        File.WriteAllBytes(path, Write(schema, rows, options));

    public static (ParquetSchema Schema, List<object?[]> Rows) Read(byte[] file)
    {
        using var reader = ParquetReader.Open(new MemoryStream(file));
        return (reader.Schema, reader.ReadRows().ToList());
    }

    public static ParquetSchema Schema(params ParquetField[] fields) => new(fields);
}
