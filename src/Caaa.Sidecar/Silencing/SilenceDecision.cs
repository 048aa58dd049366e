using Caaa.Core.Context;

namespace Caaa.Sidecar.Silencing;

/// <summary>Whether the policy allows a silence, why, and the calendar event that justifies it.</summary>
internal sealed record SilenceDecision(bool Allowed, string Reason, ContextEvent? Event)
{
    public static SilenceDecision Refuse(string reason) => new(false, reason, null);
}
