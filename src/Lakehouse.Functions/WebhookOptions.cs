using System.ComponentModel.DataAnnotations;

namespace Lakehouse.Functions;

/// <summary>The MinIO bucket-notification webhook, section <c>Lakehouse:Webhook</c>.</summary>
public sealed class WebhookOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Lakehouse:Webhook";

    /// <summary>
    /// Bearer token MinIO sends (<c>MINIO_NOTIFY_WEBHOOK_AUTH_TOKEN_*</c> on the MinIO side, <c>Lakehouse__Webhook__Token</c>
    /// here). Required, at least 16 characters; never logged. Requests without it get 401.
    /// </summary>
    [Required(ErrorMessage = "Lakehouse__Webhook__Token is required (the bearer token MinIO sends with bucket events).")]
    [MinLength(16, ErrorMessage = "Lakehouse__Webhook__Token must be at least 16 characters long.")]
    public string Token { get; set; } = "";

    /// <summary>Redacts the token.</summary>
    public override string ToString() => "WebhookOptions { Token = *** }";
}
