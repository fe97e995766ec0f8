package io.rightline.network.fabric;

import io.rightline.network.identity.CertificateAuthority;
import io.rightline.network.identity.Identity;
import io.rightline.network.identity.MspDirectory;
import io.rightline.network.identity.NodeRole;
import io.rightline.network.identity.PartyAttributes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Writes the CAs, MSP folders and TLS material of a Rightline Fabric network with the project's
 * Bouncy Castle {@link CertificateAuthority}, in the {@link NetworkLayout} the scripts expect.
 *
 * <p>Idempotent: CAs already saved under the network directory are loaded, not recreated, and an
 * identity folder that is complete (it carries a {@code .complete} marker written last) is kept,
 * so re-running never invalidates a running network. Switching from one orderer to four only adds
 * {@code orderer1..3}.
 *
 * <p>Each peer organisation gets a peer, an {@code Admin} user and a {@code client} user; the client
 * carries the party attributes {@code rightline.party} = the organisation's folder name and
 * {@code rightline.role} = {@code platform}, {@code distributor} or {@code auditor}.
 *
 * <pre>{@code
 * MaterialReport report = new NetworkMaterial(new NetworkLayout(Path.of(".data/fabric")))
 *         .write(NetworkMaterial.RAFT_ORDERERS);
 * }</pre>
 */
public final class NetworkMaterial {

    /** Orderer count of the default single-node Raft ordering service. */
    public static final int RAFT_ORDERERS = 1;
    /** Orderer count of the BFT ordering service (tolerates one faulty node). */
    public static final int BFT_ORDERERS = 4;

    private static final System.Logger LOG = System.getLogger(NetworkMaterial.class.getName());
    private static final String COMPLETE_MARKER = ".complete";
    private static final String PEER_NAME = "peer0";

    private final NetworkLayout layout;

    /**
     * @param layout where to write
     */
    public NetworkMaterial(NetworkLayout layout) {
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    /**
     * Writes (or completes) the material for every organisation.
     *
     * @param ordererCount {@link #RAFT_ORDERERS} or {@link #BFT_ORDERERS}
     * @return what was created and what was kept
     * @throws NetworkMaterialException {@code INVALID_ORDERER_COUNT} or {@code MATERIAL_IO_FAILED}
     */
    public MaterialReport write(int ordererCount) {
        if (ordererCount != RAFT_ORDERERS && ordererCount != BFT_ORDERERS) {
            throw new NetworkMaterialException(
                    NetworkMaterialException.Code.INVALID_ORDERER_COUNT,
                    "orderer count must be " + RAFT_ORDERERS + " (Raft) or " + BFT_ORDERERS + " (BFT), was "
                            + ordererCount);
        }
        Progress progress = new Progress();
        try {
            for (NetworkOrganization organization : NetworkOrganization.values()) {
                writeOrganization(organization, ordererCount, progress);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new NetworkMaterialException(
                    NetworkMaterialException.Code.MATERIAL_IO_FAILED,
                    "cannot write material under " + layout.networkDirectory(),
                    e);
        }
        return progress.report();
    }

    private void writeOrganization(NetworkOrganization organization, int ordererCount, Progress progress)
            throws IOException {
        Authorities authorities = new Authorities(
                loadOrCreate(layout.caDirectory(organization), organization, progress),
                loadOrCreate(layout.tlsCaDirectory(organization), organization, progress));
        writeOrganizationMsp(organization, authorities);
        Path admin = layout.userDirectory(organization, NetworkLayout.ADMIN_USER);
        String adminName = NetworkLayout.ADMIN_USER + "@" + organization.directoryName();
        if (organization.isOrderer()) {
            for (int index = 0; index < ordererCount; index++) {
                Path node = layout.nodeDirectory(organization, "orderer" + index);
                IdentitySpec orderer = new IdentitySpec("orderer" + index, NodeRole.ORDERER, Map.of(), TlsUse.SERVER);
                writeIdentity(node, authorities, orderer, progress);
            }
            // osnadmin authenticates to the orderers' admin endpoint with a TLS client certificate.
            writeIdentity(
                    admin, authorities, new IdentitySpec(adminName, NodeRole.ADMIN, Map.of(), TlsUse.CLIENT), progress);
            return;
        }
        Path peer = layout.nodeDirectory(organization, PEER_NAME);
        String peerName = PEER_NAME + "." + organization.directoryName();
        writeIdentity(peer, authorities, new IdentitySpec(peerName, NodeRole.PEER, Map.of(), TlsUse.SERVER), progress);
        writeIdentity(admin, authorities, new IdentitySpec(adminName, NodeRole.ADMIN, Map.of(), TlsUse.NONE), progress);
        Path client = layout.userDirectory(organization, NetworkLayout.CLIENT_USER);
        String clientName = NetworkLayout.CLIENT_USER + "@" + organization.directoryName();
        Map<String, String> attributes = PartyAttributes.of(organization.directoryName(), clientRole(organization));
        writeIdentity(
                client, authorities, new IdentitySpec(clientName, NodeRole.CLIENT, attributes, TlsUse.NONE), progress);
    }

    private static String clientRole(NetworkOrganization organization) {
        return switch (organization) {
            case PLATFORM -> PartyAttributes.ROLE_PLATFORM;
            case DISTRIBUTOR -> PartyAttributes.ROLE_DISTRIBUTOR;
            case AUDITOR -> PartyAttributes.ROLE_AUDITOR;
            case ORDERER -> throw new IllegalArgumentException("orderer organisation has no client");
        };
    }

    private static CertificateAuthority loadOrCreate(
            Path directory, NetworkOrganization organization, Progress progress) {
        if (CertificateAuthority.exists(directory)) {
            return CertificateAuthority.load(directory);
        }
        CertificateAuthority ca = CertificateAuthority.create(organization.mspId(), organization.organizationName());
        ca.save(directory);
        progress.createdAuthorities.add(directory.toString());
        LOG.log(Level.INFO, "created CA dir={0} mspId={1}", directory, organization.mspId());
        return ca;
    }

    /** The verifying MSP of an organisation: CA and TLS CA certificates plus the NodeOUs config. */
    private void writeOrganizationMsp(NetworkOrganization organization, Authorities authorities) throws IOException {
        Path msp = layout.organizationMspDirectory(organization);
        MaterialFiles.writePublic(
                msp.resolve("cacerts").resolve(NetworkLayout.CA_CERTIFICATE_FILE),
                authorities.enrollment().certificatePem());
        MaterialFiles.writePublic(
                msp.resolve("tlscacerts").resolve(NetworkLayout.TLS_CA_CERTIFICATE_FILE),
                authorities.tls().certificatePem());
        MaterialFiles.writePublic(msp.resolve("config.yaml"), nodeOuConfig());
    }

    /** NodeOUs: an identity's role is the OU its certificate carries, checked against the org's CA. */
    static String nodeOuConfig() {
        String certificate = "cacerts/" + NetworkLayout.CA_CERTIFICATE_FILE;
        StringBuilder yaml = new StringBuilder("NodeOUs:\n  Enable: true\n");
        for (NodeRole role : NodeRole.values()) {
            String unit = role.organisationalUnit();
            yaml.append("  ")
                    .append(unit.substring(0, 1).toUpperCase(Locale.ROOT))
                    .append(unit.substring(1))
                    .append("OUIdentifier:\n    Certificate: ")
                    .append(certificate)
                    .append("\n    OrganizationalUnitIdentifier: ")
                    .append(unit)
                    .append('\n');
        }
        return yaml.toString();
    }

    private enum TlsUse {
        NONE,
        SERVER,
        CLIENT
    }

    private record Authorities(CertificateAuthority enrollment, CertificateAuthority tls) {}

    private record IdentitySpec(String commonName, NodeRole role, Map<String, String> attributes, TlsUse tlsUse) {}

    private void writeIdentity(Path directory, Authorities authorities, IdentitySpec spec, Progress progress)
            throws IOException {
        if (Files.isRegularFile(directory.resolve(COMPLETE_MARKER))) {
            progress.keptIdentities.add(directory.toString());
            return;
        }
        deleteRecursively(directory);
        Identity identity = authorities.enrollment().issue(spec.commonName(), spec.role(), spec.attributes());
        MspDirectory.write(directory.resolve("msp"), authorities.enrollment(), authorities.tls(), identity);
        Path tls = directory.resolve("tls");
        Identity tlsIdentity =
                spec.tlsUse() == TlsUse.NONE ? null : authorities.tls().issueTls(spec.commonName());
        if (spec.tlsUse() == TlsUse.SERVER) {
            MspDirectory.writeTls(tls, authorities.tls(), tlsIdentity);
        } else if (spec.tlsUse() == TlsUse.CLIENT) {
            MaterialFiles.writePublic(tls.resolve("ca.crt"), authorities.tls().certificatePem());
            MaterialFiles.writePublic(tls.resolve("client.crt"), tlsIdentity.certificatePem());
            MaterialFiles.writePrivate(tls.resolve("client.key"), tlsIdentity.privateKeyPem());
        }
        Files.writeString(directory.resolve(COMPLETE_MARKER), spec.commonName() + "\n", StandardCharsets.UTF_8);
        progress.createdIdentities.add(directory.toString());
        LOG.log(Level.INFO, "issued identity dir={0} role={1}", directory, spec.role());
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static final class Progress {
        private final List<String> createdAuthorities = new ArrayList<>();
        private final List<String> createdIdentities = new ArrayList<>();
        private final List<String> keptIdentities = new ArrayList<>();

        MaterialReport report() {
            return new MaterialReport(createdAuthorities, createdIdentities, keptIdentities);
        }
    }
}
