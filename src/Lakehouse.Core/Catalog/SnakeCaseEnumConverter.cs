using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lakehouse.Core.Catalog;

/// <summary>Writes and reads an enum as its <see cref="EnumText"/> form, in orchestration history and HTTP answers alike.</summary>
public sealed class SnakeCaseEnumConverter<T>() : JsonStringEnumConverter<T>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false)
    where T : struct, Enum;
