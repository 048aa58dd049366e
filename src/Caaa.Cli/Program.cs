using Caaa.Cli;
using Spectre.Console;

// Spectre assumes 80 columns when output is redirected (CI logs, tee); tables read better wider.
if (Console.IsOutputRedirected)
{
    AnsiConsole.Console.Profile.Width = 160;
}

return await CaaaCli.Parse(AnsiConsole.Console, args).InvokeAsync();
