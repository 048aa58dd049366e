using Caaa.Sidecar.Health;
using Caaa.Sidecar.Wiring;

if (HealthProbe.IsRequested(args))
{
    return await HealthProbe.RunAsync();
}

try
{
    await SidecarApp.Build(args).RunAsync();
    return 0;
}
catch (Exception error) when (error is FileNotFoundException or IOException or InvalidOperationException
    or Microsoft.Extensions.Options.OptionsValidationException)
{
    // A missing config file, an invalid key or a port in use: one line, no stack trace.
    await Console.Error.WriteLineAsync($"caaa-sidecar: {error.Message}");
    return 1;
}
