namespace Lakehouse.Core.Parquet;

// Closing the file: the last row group, the footer and the PAR1 magic.
public sealed partial class ParquetWriter
{
    /// <summary>Writes the buffered rows and the footer; leaves the stream open unless configured otherwise.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            Flush();
            EnsureStarted();
            var footer = Footer.Build(this);
            _output.Write(footer);
            _output.Flush();
        }
        finally
        {
            Release();
        }
    }

    /// <inheritdoc cref="Dispose"/>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            var chunks = EncodeRowGroup();
            if (chunks is not null)
            {
                await EnsureStartedAsync();
                var rowGroup = CreateRowGroup(chunks);
                foreach (var chunk in chunks)
                {
                    await _output.WriteAsync(chunk.Data.WrittenMemory);
                    chunk.Dispose();
                }

                _rowGroups.Add(rowGroup);
            }

            await EnsureStartedAsync();
            await _output.WriteAsync(Footer.Build(this));
            await _output.FlushAsync();
        }
        finally
        {
            Release();
        }
    }

    private void EnsureStarted()
    {
        if (!_started)
        {
            _output.Write(Magic);
            _position = Magic.Length;
            _started = true;
        }
    }

    private async ValueTask EnsureStartedAsync()
    {
        if (!_started)
        {
            await _output.WriteAsync(Magic);
            _position = Magic.Length;
            _started = true;
        }
    }

    private void Release()
    {
        _disposed = true;
        foreach (var writer in _writers)
        {
            writer.Dispose();
        }

        if (!_options.LeaveOpen)
        {
            _output.Dispose();
        }
    }
}
