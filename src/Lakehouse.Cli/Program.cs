using Lakehouse.Cli;
using Spectre.Console;

// Spectre.Console assumes 80 columns when the output is not a terminal, wrapping tables written to a pipe or a file;
// COLUMNS (as GNU tools read it) sets the width there: COLUMNS=250 lakehouse docs search contrato > hits.txt
if (Console.IsOutputRedirected && int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns >= 40)
{
    AnsiConsole.Profile.Width = columns;
}

// The command tree lives in LakehouseCommand (register new commands there) so that tests can invoke it in-process.
return await LakehouseCommand.InvokeAsync(args);
