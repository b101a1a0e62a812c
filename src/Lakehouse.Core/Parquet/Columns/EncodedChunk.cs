using Lakehouse.Core.Parquet.Encodings;
using Lakehouse.Core.Parquet.Thrift;

namespace Lakehouse.Core.Parquet.Columns;

/// <summary>The pages of one column chunk, ready to copy to the file; offsets in the metadata are chunk-relative.</summary>
internal sealed record EncodedChunk(ByteBuffer Data, ColumnMetaData MetaData) : IDisposable
{
    public void Dispose() => Data.Dispose();
}
