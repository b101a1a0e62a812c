using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

namespace Microsoft.Azure.Functions.Worker;

/// <summary>Stand-in: HTTP trigger; only the (level, methods) constructor the app uses is declared.</summary>
public sealed class HttpTriggerAttribute : TriggerBindingAttribute
{
    public HttpTriggerAttribute(AuthorizationLevel authLevel, params string[] methods)
    {
        AuthLevel = authLevel;
        Methods = methods;
    }

    public string? Route { get; set; }

    public string[]? Methods { get; private set; }

    public AuthorizationLevel AuthLevel { get; private set; }
}
