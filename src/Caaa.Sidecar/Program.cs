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
catch (IOException error)
{
    // A missing config file or a port in use: one line, no stack trace. (Invalid options keep their own
    // message naming the key; test hosts observe that exception, so it is not caught here.)
    await Console.Error.WriteLineAsync($"caaa-sidecar: {error.Message}");
    return 1;
}
