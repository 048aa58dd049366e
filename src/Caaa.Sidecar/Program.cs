using System.Reflection;
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
catch (Exception error) when (IsOwnProcess() && StartupErrors.Describe(error) is { } problems)
{
    // A configuration error, a missing config file or a port in use: one line per problem, no stack trace.
    foreach (var problem in problems)
    {
        await Console.Error.WriteLineAsync($"caaa-sidecar: {problem}");
    }

    return 1;
}

// A host running this entry point in-process (WebApplicationFactory in tests) observes the exception itself.
static bool IsOwnProcess() => Assembly.GetEntryAssembly() == typeof(SidecarApp).Assembly;
