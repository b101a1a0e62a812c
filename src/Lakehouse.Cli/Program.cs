using System.CommandLine;
using Lakehouse.Cli.Commands;

var verbose = new Option<bool>("--verbose", "-v") { Description = "Log the pipeline's progress (names, ids and counts only)", Recursive = true };
var root = new RootCommand("lakehouse — an LGPD-minded data lakehouse: bronze → masked silver Parquet → validated → PostgreSQL star schema")
{
    verbose,
    IngestCommand.Create(verbose),
    RunsCommand.Create(verbose),
    DemoCommand.Create(verbose),
    SampleCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine(error.Message);
    }

    Console.Error.WriteLine("Run 'lakehouse --help' for usage.");
    return 2;
}

return await parse.InvokeAsync();
