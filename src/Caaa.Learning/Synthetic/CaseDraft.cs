using Caaa.Core.Incidents;

namespace Caaa.Learning.Synthetic;

/// <summary>An incident on its way into a case set, with the surge laid into it (null for a plain fault).</summary>
internal sealed record CaseDraft(Incident Incident, Surge? Surge);
