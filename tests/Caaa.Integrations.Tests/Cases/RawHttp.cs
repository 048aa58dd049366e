namespace Caaa.Integrations.Tests.Cases;

/// <summary>Reads the response half of a raw HTTP exchange file (the <c>.txt</c> cases).</summary>
internal static class RawHttp
{
    public static (int Status, string ContentType, string Body) ParseResponse(string exchange)
    {
        var lines = exchange.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("HTTP/1.1 ", StringComparison.Ordinal));
        var status = int.Parse(lines[start].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var blank = Array.FindIndex(lines, start, l => l.Length == 0);
        var contentType = lines[(start + 1)..blank]
            .First(l => l.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase))["Content-Type:".Length..].Trim();
        var body = string.Join("\n", lines[(blank + 1)..]).TrimEnd('\n');
        return (status, contentType, body);
    }
}
