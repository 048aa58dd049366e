using Caaa.Sidecar.Api;
using Caaa.Sidecar.Health;
using Caaa.Sidecar.Metrics;
using Caaa.Sidecar.Options;
using Caaa.Sidecar.Pipeline;
using Caaa.Sidecar.Publishing;
using Caaa.Sidecar.Silencing;
using Caaa.Sidecar.Store;
using Caaa.Sidecar.Webhook;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddCaaaConfiguration(args);
builder.Services
    .AddCaaaOptions().AddCaaaMetrics().AddStore().AddWebhook().AddPipeline()
    .AddPublishing().AddSilencing().AddApi().AddCaaaHealth();

var app = builder.Build();
app.UseStatusCodePages();
app.MapCaaaHealth();
app.MapCaaaMetrics();
app.MapCaaaApis();
app.Run();
