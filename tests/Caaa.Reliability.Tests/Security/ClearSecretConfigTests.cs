using Caaa.Reliability.Tests.Support;
using Caaa.Sidecar.Wiring;

namespace Caaa.Reliability.Tests.Security;

/// <summary>A credential written in the YAML stops start-up with the key's name; it is never used.</summary>
public sealed class ClearSecretConfigTests
{
    [Theory]
    [InlineData("prometheus:\n  baseUrl: http://127.0.0.1:9\n  bearerToken: Zq9SecretValue\n", "prometheus.bearerToken")]
    [InlineData("grafana:\n  basicAuthUsername: u\n  basicAuthPassword: Zq9SecretValue\n", "grafana.basicAuthPassword")]
    [InlineData("webhook:\n  auth:\n    mode: bearer\n    secret: Zq9SecretValue\n", "webhook.auth.secret")]
    [InlineData("contextSources:\n  jsonEvents:\n    - name: x\n      token: Zq9SecretValue\n", "contextSources.jsonEvents.0.token")]
    public void Build_SecretValueInYaml_FailsNamingTheKey(string yaml, string key)
    {
        var path = Path.Combine(TestScratch.Root, Guid.NewGuid().ToString("N") + ".yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, yaml);

        var error = Assert.Throws<InvalidDataException>(() => SidecarApp.Build(["--config", path]));

        Assert.Contains($"'{key}'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Zq9SecretValue", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_SecretFileKeys_Accepted()
    {
        var path = Path.Combine(TestScratch.Root, Guid.NewGuid().ToString("N") + ".yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "store:\n  path: " + Path.ChangeExtension(path, ".db") +
            "\nprometheus:\n  baseUrl: http://127.0.0.1:9\n  bearerTokenFile: /run/secrets/prom\n");

        await using var app = SidecarApp.Build(["--config", path]);

        Assert.NotNull(app);
    }
}
