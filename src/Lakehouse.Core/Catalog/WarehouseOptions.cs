using System.ComponentModel.DataAnnotations;

namespace Lakehouse.Core.Catalog;

/// <summary>The PostgreSQL database holding the catalog (schema <c>lakehouse</c>) and the warehouse (schema <c>dw</c>).</summary>
public sealed class WarehouseOptions
{
    /// <summary>Name of the connection string (<c>ConnectionStrings__Warehouse</c>).</summary>
    public const string ConnectionStringName = "Warehouse";

    /// <summary>Npgsql connection string. Required; its password is never logged.</summary>
    [Required(ErrorMessage = "ConnectionStrings__Warehouse is required (the PostgreSQL connection string).")]
    public string ConnectionString { get; set; } = "";

    /// <summary>Redacts the connection string (it may hold a password).</summary>
    public override string ToString() => "WarehouseOptions { ConnectionString = *** }";
}
