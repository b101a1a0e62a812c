using Lakehouse.Cli;

// The command tree lives in LakehouseCommand (register new commands there) so that tests can invoke it in-process.
return await LakehouseCommand.InvokeAsync(args);
