package io.rightline.ledger.embedded;

import io.rightline.ledger.Membership;
import io.rightline.network.identity.CertificateAuthority;
import io.rightline.network.identity.Identity;
import io.rightline.network.identity.NodeRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The channel's organisations: PlatformMSP (operator, issues creators and collectors), DistributorMSP and AuditorMSP with
 * one peer each, and OrdererMSP. CAs are generated once under {@code <data>/msp/<mspId>} and reused; peer and orderer
 * identities are issued from them at every start (they chain to the same CAs, so old blocks still verify).
 */
final class Organisations implements Membership {
    static final String PLATFORM = "PlatformMSP";
    static final String DISTRIBUTOR = "DistributorMSP";
    static final String AUDITOR = "AuditorMSP";
    static final String ORDERER = "OrdererMSP";
    static final List<String> PEER_ORGANISATIONS = List.of(PLATFORM, DISTRIBUTOR, AUDITOR);

    private static final Map<String, String> ORGANISATION_NAMES = Map.of(
            PLATFORM, "Rightline Platform",
            DISTRIBUTOR, "Rightline Distributor",
            AUDITOR, "Rightline Auditor",
            ORDERER, "Rightline Orderer");

    private final Map<String, CertificateAuthority> authorities;
    private final Map<String, Identity> peers;
    private final Identity orderer;

    private Organisations(Map<String, CertificateAuthority> authorities) {
        this.authorities = authorities;
        Map<String, Identity> issued = new LinkedHashMap<>();
        for (String mspId : PEER_ORGANISATIONS) {
            String host = "peer0." + mspId.replace("MSP", "").toLowerCase(java.util.Locale.ROOT) + ".rightline";
            issued.put(mspId, authorities.get(mspId).issue(host, NodeRole.PEER, Map.of()));
        }
        this.peers = Map.copyOf(issued);
        this.orderer = authorities.get(ORDERER).issue("orderer0.rightline", NodeRole.ORDERER, Map.of());
    }

    /** Loads the CAs from {@code directory}, generating and saving any that are missing. */
    static Organisations loadOrCreate(Path directory) {
        Map<String, CertificateAuthority> authorities = new LinkedHashMap<>();
        for (String mspId : List.of(PLATFORM, DISTRIBUTOR, AUDITOR, ORDERER)) {
            Path location = directory.resolve(mspId);
            CertificateAuthority authority;
            if (CertificateAuthority.exists(location)) {
                authority = CertificateAuthority.load(location);
            } else {
                authority = CertificateAuthority.create(mspId, ORGANISATION_NAMES.get(mspId));
                saveAtomically(authority, location);
            }
            authorities.put(mspId, authority);
        }
        return new Organisations(authorities);
    }

    /** Writes next to the target and renames, so a crash never leaves a half-written CA that would be loaded later. */
    private static void saveAtomically(CertificateAuthority authority, Path location) {
        Path staging = location.resolveSibling(location.getFileName() + ".staging");
        try {
            if (Files.exists(staging)) {
                try (var files = Files.list(staging)) {
                    for (Path file : files.toList()) {
                        Files.delete(file);
                    }
                }
                Files.delete(staging);
            }
            authority.save(staging);
            Files.move(staging, location, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot save the CA of " + authority.certificate().getSubjectX500Principal(), e);
        }
    }

    /** Peer identities that endorse, in the order tried. */
    List<Identity> endorsers(int count) {
        return PEER_ORGANISATIONS.stream().limit(count).map(peers::get).toList();
    }

    Identity orderer() {
        return orderer;
    }

    Map<String, X509Certificate> rootCertificates() {
        Map<String, X509Certificate> roots = new LinkedHashMap<>();
        authorities.forEach((mspId, authority) -> roots.put(mspId, authority.certificate()));
        return roots;
    }

    /** Smallest number of endorsing organisations that satisfies MAJORITY. */
    int majority() {
        return PEER_ORGANISATIONS.size() / 2 + 1;
    }

    @Override
    public Set<String> peerOrganisations() {
        return Set.copyOf(PEER_ORGANISATIONS);
    }

    @Override
    public Identity issueClient(String mspId, String commonName, Map<String, String> attributes) {
        CertificateAuthority authority = authorities.get(mspId);
        if (authority == null || ORDERER.equals(mspId)) {
            throw new IllegalArgumentException("no client-issuing organisation " + mspId);
        }
        return authority.issue(commonName, NodeRole.CLIENT, attributes);
    }
}
