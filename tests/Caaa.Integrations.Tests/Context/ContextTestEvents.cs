using System.Globalization;
using Caaa.Core.Context;

namespace Caaa.Integrations.Tests.Context;

internal static class ContextTestEvents
{
    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    public static ContextEvent Sale(string start = "2026-03-01T10:00:00Z", string source = "calendar-a") =>
        new(ContextEventKind.Calendar, "Flash sale", At(start), At(start).AddHours(2), ["frontend"], source, 3);

    public static ContextEvent Deploy(string start = "2026-03-01T11:30:00Z") =>
        new(ContextEventKind.Deployment, "deploy cartservice 4e1c0a9", At(start), null, ["cartservice"], "argocd");
}
