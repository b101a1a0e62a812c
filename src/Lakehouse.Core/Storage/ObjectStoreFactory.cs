using Microsoft.Extensions.Options;

namespace Lakehouse.Core.Storage;

/// <summary>Builds the <see cref="IObjectStore"/> that <see cref="LakeOptions.Provider"/> selects.</summary>
public static class ObjectStoreFactory
{
    /// <summary>
    /// Validates <paramref name="options"/> (<see cref="LakeOptionsValidator"/>) and creates a
    /// <see cref="FileSystemObjectStore"/> over <see cref="LakeOptions.Root"/> or an <see cref="S3ObjectStore"/>.
    /// </summary>
    /// <exception cref="OptionsValidationException">The options are incomplete; the messages name the variables to set.</exception>
    public static IObjectStore Create(LakeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = new LakeOptionsValidator().Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(LakeOptions), result.Failures);
        }

        return options.Provider switch
        {
            LakeProvider.S3 => new S3ObjectStore(options),
            _ => new FileSystemObjectStore(options.Root),
        };
    }
}
