using Caaa.Cli;
using Spectre.Console;

return await CaaaCli.Build(AnsiConsole.Console).Parse(args).InvokeAsync();
