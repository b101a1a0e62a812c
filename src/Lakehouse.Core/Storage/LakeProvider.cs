namespace Lakehouse.Core.Storage;

/// <summary>Where the lake's buckets live (configuration values <c>filesystem</c> and <c>s3</c>, case-insensitive).</summary>
public enum LakeProvider
{
    /// <summary>A local folder with one sub-folder per bucket (<see cref="FileSystemObjectStore"/>).</summary>
    FileSystem,

    /// <summary>An S3-compatible server: MinIO, AWS S3, s3rver, a NAS (<see cref="S3ObjectStore"/>).</summary>
    S3,
}
