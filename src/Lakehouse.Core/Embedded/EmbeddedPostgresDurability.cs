namespace Lakehouse.Core.Embedded;

/// <summary>How an <see cref="EmbeddedPostgres"/> server trades crash safety for speed.</summary>
public enum EmbeddedPostgresDurability
{
    /// <summary>
    /// PostgreSQL's own defaults (<c>fsync</c>, <c>synchronous_commit</c> and <c>full_page_writes</c> on): a committed
    /// load survives a crash of the process, the server or the machine. The default, and what the CLI uses.
    /// </summary>
    Safe,

    /// <summary>
    /// <c>fsync=off</c>, <c>synchronous_commit=off</c>, <c>full_page_writes=off</c> and an unsynced <c>initdb</c>: a machine
    /// crash can corrupt the cluster. Only for throwaway clusters (tests, benchmarks) that are rebuilt anyway.
    /// </summary>
    Fast,
}
