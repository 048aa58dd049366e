using System.Globalization;
using System.Text;

namespace Caaa.Learning.Tests.Cli;

/// <summary>
/// A tiny data directory in RCAEval's published layout, written afresh per test: two systems, six fault cases
/// each, one-minute samples, the fault injected after 80 minutes of normal traffic.
/// </summary>
internal static class FixtureData
{
    private const long Start = 1_700_000_000;
    private const int Samples = 120;
    private const int Injection = 80;

    private static readonly string[] Services = ["frontend", "cart", "orders"];

    public static string Create(string root)
    {
        foreach (var system in new[] { "RE1-OB", "RE1-SS" })
        {
            for (var rep = 1; rep <= 6; rep++)
            {
                var service = Services[rep % Services.Length];
                var dir = Path.Combine(root, system, $"{service}_cpu", rep.ToString(CultureInfo.InvariantCulture));
                Directory.CreateDirectory(dir);
                File.WriteAllText(Path.Combine(dir, "data.csv"), Table(service, new Random(rep * 31)));
                File.WriteAllText(Path.Combine(dir, "inject_time.txt"),
                    (Start + (Injection * 60)).ToString(CultureInfo.InvariantCulture));
            }
        }

        return root;
    }

    /// <summary>Breaks one value of one case so that reading it must fail naming the file and line.</summary>
    public static string Corrupt(string root)
    {
        var file = Path.Combine(root, "RE1-OB", "cart_cpu", "1", "data.csv");
        var lines = File.ReadAllLines(file);
        lines[5] = string.Join(',', lines[5].Split(',').Select((v, i) => i == 2 ? "not-a-number" : v));
        File.WriteAllLines(file, lines);
        return file;
    }

    private static string Table(string faulty, Random random)
    {
        var text = new StringBuilder("time");
        foreach (var service in Services)
        {
            text.Append(CultureInfo.InvariantCulture, $",{service}_cpu,{service}_mem,{service}_load,{service}_latency");
        }

        text.Append(",frontend_error\n");
        for (var i = 0; i < Samples; i++)
        {
            text.Append((Start + (i * 60)).ToString(CultureInfo.InvariantCulture));
            foreach (var service in Services)
            {
                var fault = service == faulty && i >= Injection;
                var load = 50 * (1 + (0.05 * random.NextDouble()));
                var cpu = (0.004 * load) * (fault ? 3 : 1);
                var latency = 0.05 * (fault ? 4 : 1) * (1 + (0.05 * random.NextDouble()));
                text.Append(CultureInfo.InvariantCulture, $",{cpu:0.0000},{1e8:0},{load:0.00},{latency:0.0000}");
            }

            text.Append(CultureInfo.InvariantCulture, $",{(i >= Injection ? 0.05 : 0.0):0.000}\n");
        }

        return text.ToString();
    }
}
