// The Functions host entry point (left out of offline builds: see build/functions-offline/README.md).
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
