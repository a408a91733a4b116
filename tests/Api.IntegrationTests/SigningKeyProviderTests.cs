using AsnCompetency.Infrastructure.Identity;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AsnCompetency.Api.IntegrationTests;

/// <summary>The token signing key: configured, or generated once per data folder in Development.</summary>
public sealed class SigningKeyProviderTests
{
    private string _dataDirectory = "";

    [SetUp]
    public void CreateDataDirectory() => _dataDirectory = Directory.CreateTempSubdirectory("asn-keys-").FullName;

    [TearDown]
    public void DeleteDataDirectory() => Directory.Delete(_dataDirectory, recursive: true);

    [Test]
    public void Key_DevelopmentWithoutConfiguredKey_IsGeneratedOnceAndKeptInTheDataFolder()
    {
        var first = Provider(Environments.Development, signingKey: null).Key.Key;
        var second = Provider(Environments.Development, signingKey: null).Key.Key;

        first.Length.ShouldBe(64);
        second.ShouldBe(first);
        var file = Path.Combine(_dataDirectory, "jwt-signing.key");
        File.Exists(file).ShouldBeTrue();
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(file).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Test]
    public void Key_ProductionWithoutConfiguredKey_RefusesToStart()
    {
        var provider = Provider(Environments.Production, signingKey: null);

        Should.Throw<InvalidOperationException>(() => provider.Key).Message.ShouldContain("Jwt:SigningKey");
    }

    [Test]
    public void Key_Configured_IsUsedAsIs()
    {
        var key = Convert.ToBase64String(Enumerable.Range(0, 48).Select(i => (byte)i).ToArray());

        var provider = Provider(Environments.Production, $"base64:{key}");

        provider.Key.Key.ShouldBe(Convert.FromBase64String(key));
        Directory.EnumerateFiles(_dataDirectory).ShouldBeEmpty();
    }

    [Test]
    public void Key_ConfiguredShorterThan32Bytes_IsRefused()
    {
        var provider = Provider(Environments.Production, "too-short");

        Should.Throw<InvalidOperationException>(() => provider.Key).Message.ShouldContain("32 bytes");
    }

    private SigningKeyProvider Provider(string environment, string? signingKey) =>
        new(
            Options.Create(new JwtOptions { SigningKey = signingKey }),
            Options.Create(new StorageOptions { DataDirectory = _dataDirectory }),
            new Environment(environment),
            NullLogger<SigningKeyProvider>.Instance);

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "AsnCompetency.Api";

        public string ContentRootPath { get; set; } = Path.GetTempPath();

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
