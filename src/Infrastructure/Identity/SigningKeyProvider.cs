using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace AsnCompetency.Infrastructure.Identity;

/// <summary>
/// The key that signs and verifies bearer tokens: from configuration, or in Development a key
/// generated once and kept in the data folder so tokens survive restarts.
/// </summary>
public sealed class SigningKeyProvider
{
    public const int MinimumKeyBytes = 32;
    private const string DevelopmentKeyFile = "jwt-signing.key";

    private readonly Lazy<SymmetricSecurityKey> _key;

    public SigningKeyProvider(IOptions<JwtOptions> jwt, IOptions<StorageOptions> storage, IHostEnvironment environment, ILogger<SigningKeyProvider> logger)
    {
        _key = new Lazy<SymmetricSecurityKey>(() => new SymmetricSecurityKey(LoadKeyBytes(jwt.Value, storage.Value, environment, logger)));
    }

    public SymmetricSecurityKey Key => _key.Value;

    private static byte[] LoadKeyBytes(JwtOptions jwt, StorageOptions storage, IHostEnvironment environment, ILogger logger)
    {
        if (!string.IsNullOrWhiteSpace(jwt.SigningKey))
        {
            var configured = jwt.SigningKey.StartsWith("base64:", StringComparison.Ordinal)
                ? Convert.FromBase64String(jwt.SigningKey["base64:".Length..])
                : Encoding.UTF8.GetBytes(jwt.SigningKey);
            if (configured.Length < MinimumKeyBytes)
            {
                throw new InvalidOperationException($"Jwt:SigningKey must be at least {MinimumKeyBytes} bytes long.");
            }

            return configured;
        }

        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "Jwt:SigningKey is not configured. Set it (at least 32 bytes, e.g. Jwt__SigningKey=base64:<64 random bytes>) in the environment or a secret store.");
        }

        var directory = Path.GetFullPath(storage.DataDirectory, environment.ContentRootPath);
        var path = Path.Combine(directory, DevelopmentKeyFile);
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        Directory.CreateDirectory(directory);
        var key = RandomNumberGenerator.GetBytes(64);
        File.WriteAllText(path, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        logger.LogInformation("Generated a development signing key in {Path}", path);
        return key;
    }
}
