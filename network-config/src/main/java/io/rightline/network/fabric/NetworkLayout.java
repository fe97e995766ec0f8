package io.rightline.network.fabric;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the material of a network directory lives; the shell scripts under
 * {@code network-config/scripts/fabric} rely on exactly these paths.
 *
 * <pre>{@code
 * NetworkLayout layout = new NetworkLayout(Path.of(".data/fabric"));
 * Path peerTls = layout.nodeDirectory(NetworkOrganization.PLATFORM, "peer0").resolve("tls");
 * }</pre>
 *
 * @param networkDirectory the network directory (default {@code <repo>/.data/fabric})
 */
public record NetworkLayout(Path networkDirectory) {

    /** File name of the issuing CA certificate inside an MSP's {@code cacerts/}. */
    public static final String CA_CERTIFICATE_FILE = "ca.pem";
    /** File name of the TLS CA certificate inside an MSP's {@code tlscacerts/}. */
    public static final String TLS_CA_CERTIFICATE_FILE = "tlsca.pem";
    /** Admin user name of every organisation. */
    public static final String ADMIN_USER = "Admin";
    /** Application client user name of every peer organisation. */
    public static final String CLIENT_USER = "client";

    /** Validates the directory. */
    public NetworkLayout {
        Objects.requireNonNull(networkDirectory, "networkDirectory");
    }

    /** {@code crypto/}: all MSP and TLS material. */
    public Path cryptoDirectory() {
        return networkDirectory.resolve("crypto");
    }

    /** {@code crypto/<org>/}. */
    public Path organizationDirectory(NetworkOrganization organization) {
        return cryptoDirectory().resolve(organization.directoryName());
    }

    /** {@code crypto/<org>/ca}: the persisted enrollment CA. */
    public Path caDirectory(NetworkOrganization organization) {
        return organizationDirectory(organization).resolve("ca");
    }

    /** {@code crypto/<org>/tlsca}: the persisted TLS CA. */
    public Path tlsCaDirectory(NetworkOrganization organization) {
        return organizationDirectory(organization).resolve("tlsca");
    }

    /** {@code crypto/<org>/msp}: the verifying MSP referenced by configtx.yaml (no private keys). */
    public Path organizationMspDirectory(NetworkOrganization organization) {
        return organizationDirectory(organization).resolve("msp");
    }

    /** {@code crypto/<org>/nodes/<node>}: holds {@code msp/} and {@code tls/} of an orderer or peer. */
    public Path nodeDirectory(NetworkOrganization organization, String nodeName) {
        return organizationDirectory(organization).resolve("nodes").resolve(nodeName);
    }

    /** {@code crypto/<org>/users/<user>}: holds {@code msp/} (and {@code tls/} for orderer admins). */
    public Path userDirectory(NetworkOrganization organization, String userName) {
        return organizationDirectory(organization).resolve("users").resolve(userName);
    }
}
