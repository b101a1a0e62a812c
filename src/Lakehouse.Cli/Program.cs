using Lakehouse.Cli;

// The command tree lives in LakehouseCommand (register new commands there) so that tests can invoke it in-process.
CliHost.OwnsProcessTemp = true; // temporary files go to the home's tmp/, emptied at the next start (CliHost)
using var signals = new CliSignals();
var context = new CliContext(CliOutput.ForProcess(), () => CliHome.Find(Environment.CurrentDirectory), signals, Console.In);
return await LakehouseCommand.InvokeAsync(args, context);
