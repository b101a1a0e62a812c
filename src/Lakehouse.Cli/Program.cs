using Lakehouse.Cli;

// The command tree lives in LakehouseCommand (register new commands there) so that tests can invoke it in-process.
using var signals = new CliSignals();
var context = new CliContext(CliOutput.ForProcess(), () => CliHome.Find(Environment.CurrentDirectory), signals, Console.In);
return await LakehouseCommand.InvokeAsync(args, context);
