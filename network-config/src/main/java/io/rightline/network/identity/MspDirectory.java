package io.rightline.network.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes Fabric's local MSP folder layout and TLS folders.
 *
 * <pre>{@code
 * MspDirectory.write(Path.of("target/peer0/msp"), ca, peer);
 * MspDirectory.writeTls(Path.of("target/peer0/tls"), tlsCa, peerTls);
 * }</pre>
 */
public final class MspDirectory {

    static final String CA_FILE = "ca.pem";

    private MspDirectory() {}

    /**
     * Writes {@code cacerts/ca.pem}, {@code tlscacerts/ca.pem} (the same CA), {@code signcerts/cert.pem},
     * {@code keystore/key.pem} and a {@code config.yaml} enabling NodeOUs.
     */
    public static void write(Path mspDir, CertificateAuthority ca, Identity identity) {
        write(mspDir, ca, ca, identity);
    }

    /** As {@link #write(Path, CertificateAuthority, Identity)}, with a separate TLS CA in {@code tlscacerts/}. */
    public static void write(Path mspDir, CertificateAuthority ca, CertificateAuthority tlsCa, Identity identity) {
        try {
            writePublic(mspDir.resolve("cacerts").resolve(CA_FILE), ca.certificatePem());
            writePublic(mspDir.resolve("tlscacerts").resolve(CA_FILE), tlsCa.certificatePem());
            writePublic(mspDir.resolve("signcerts").resolve("cert.pem"), identity.certificatePem());
            PemFiles.writePrivate(mspDir.resolve("keystore").resolve("key.pem"), identity.privateKeyPem());
            writePublic(mspDir.resolve("config.yaml"), nodeOusConfig());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write MSP folder " + mspDir, e);
        }
    }

    /** Writes {@code ca.crt}, {@code server.crt} and {@code server.key} (PKCS#8) as Fabric's TLS settings expect. */
    public static void writeTls(Path tlsDir, CertificateAuthority tlsCa, Identity tlsIdentity) {
        try {
            writePublic(tlsDir.resolve("ca.crt"), tlsCa.certificatePem());
            writePublic(tlsDir.resolve("server.crt"), tlsIdentity.certificatePem());
            PemFiles.writePrivate(tlsDir.resolve("server.key"), tlsIdentity.privateKeyPem());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write TLS folder " + tlsDir, e);
        }
    }

    /** The NodeOUs {@code config.yaml}: each role's OU identifier certified by {@code cacerts/ca.pem}. */
    static String nodeOusConfig() {
        StringBuilder yaml = new StringBuilder("NodeOUs:\n  Enable: true\n");
        for (NodeRole role : NodeRole.values()) {
            String ou = role.organisationalUnit();
            yaml.append("  ")
                    .append(Character.toUpperCase(ou.charAt(0)))
                    .append(ou.substring(1))
                    .append("OUIdentifier:\n")
                    .append("    Certificate: cacerts/")
                    .append(CA_FILE)
                    .append('\n')
                    .append("    OrganizationalUnitIdentifier: ")
                    .append(ou)
                    .append('\n');
        }
        return yaml.toString();
    }

    private static void writePublic(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, content);
    }
}
