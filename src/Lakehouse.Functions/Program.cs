// The Functions host entry point: the worker, ASP.NET Core integration for HTTP triggers, and the one composition.
using Lakehouse.Core.Catalog;
using Lakehouse.Functions;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddLakehouseFunctions(builder.Configuration);
builder.Services.AddHostedService<MigrationHostedService>();
builder.Build().Run();
