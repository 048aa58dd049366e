using Caaa.Sidecar.Health;
using Caaa.Sidecar.Wiring;

if (HealthProbe.IsRequested(args))
{
    return await HealthProbe.RunAsync();
}

await SidecarApp.Build(args).RunAsync();
return 0;
