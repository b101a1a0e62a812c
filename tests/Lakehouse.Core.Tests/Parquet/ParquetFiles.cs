using Lakehouse.Core.Parquet;

namespace Lakehouse.Core.Tests.Parquet;

/// <summary>Write/read helpers of the Parquet tests (temp folders come from Lakehouse.Testing.TempDirectory).</summary>
internal static class ParquetFiles
{
    public static async Task<byte[]> WriteAsync(ParquetSchema schema, IEnumerable<object?[]> rows, ParquetWriterOptions? options = null)
    {
        using var stream = new MemoryStream();
        await using (var writer = new ParquetFileWriter(stream, schema, options))
        {
            foreach (var row in rows)
            {
                await writer.WriteRowAsync(row);
            }
        }

        return stream.ToArray();
    }

    public static async Task WriteFileAsync(string path, ParquetSchema schema, IEnumerable<object?[]> rows, ParquetWriterOptions? options = null) =>
        await File.WriteAllBytesAsync(path, await WriteAsync(schema, rows, options));

    public static async Task<(ParquetSchema Schema, List<object?[]> Rows)> ReadAsync(byte[] file)
    {
        await using var reader = await ParquetFileReader.OpenAsync(new MemoryStream(file));
        return (reader.Schema, await reader.ReadRowsAsync().ToListAsync());
    }

    public static async Task<List<object?[]>> ReadRowsAsync(string path)
    {
        await using var reader = await ParquetFileReader.OpenAsync(path);
        return await reader.ReadRowsAsync().ToListAsync();
    }

    public static Task<ParquetFileReader> OpenAsync(byte[] file) => ParquetFileReader.OpenAsync(new MemoryStream(file));

    public static ParquetSchema Schema(params ParquetField[] fields) => new(fields);
}
