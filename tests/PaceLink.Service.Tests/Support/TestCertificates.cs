using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace PaceLink.Service.Tests.Support;

/// <summary>Throwaway certificates for a TLS broker on loopback: a CA, and a server certificate for 127.0.0.1 it signs, as PEM files.</summary>
public static class TestCertificates
{
    /// <summary>A self-signed CA valid for a day, written to <paramref name="pem"/>; its key comes back for signing.</summary>
    public static X509Certificate2 WriteCa(string pem, string name, out ECDsa key)
    {
        key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        var ca = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllText(pem, ca.ExportCertificatePem());
        return ca;
    }

    /// <summary>A server certificate for 127.0.0.1 and localhost signed by <paramref name="ca"/>: certificate and key as PEM.</summary>
    public static void WriteServer(X509Certificate2 ca, ECDsa caKey, string certPem, string keyPem)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var serial = RandomNumberGenerator.GetBytes(8);
        var signer = X509SignatureGenerator.CreateForECDsa(caKey);
        using var server = request.Create(ca.SubjectName, signer, DateTimeOffset.UtcNow.AddMinutes(-4), DateTimeOffset.UtcNow.AddHours(20), serial);
        File.WriteAllText(certPem, server.ExportCertificatePem());
        File.WriteAllText(keyPem, key.ExportPkcs8PrivateKeyPem());
    }
}
