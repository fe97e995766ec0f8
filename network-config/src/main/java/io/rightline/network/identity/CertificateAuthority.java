package io.rightline.network.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed ECDSA P-256 certificate authority for one MSP, issuing Fabric signing and TLS
 * certificates. Keys and certificates are plain JDK types; Bouncy Castle only builds and encodes them.
 *
 * <pre>{@code
 * CertificateAuthority ca = CertificateAuthority.create("CreatorsMSP", "Creators");
 * Identity alice = ca.issue("alice", NodeRole.CLIENT, PartyAttributes.of("alice", PartyAttributes.ROLE_CREATOR));
 * ca.save(Path.of("target/ca"));
 * }</pre>
 */
public final class CertificateAuthority {

    private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
    private static final Duration CA_VALIDITY = Duration.ofDays(3650);
    private static final Duration LEAF_VALIDITY = Duration.ofDays(3650);
    private static final Duration BACKDATE = Duration.ofHours(1);
    private static final String CERTIFICATE_FILE = "ca.pem";
    private static final String KEY_FILE = "key.pem";
    private static final String MSP_ID_FILE = "msp-id";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String mspId;
    private final X509Certificate certificate;
    private final PrivateKey privateKey;

    private CertificateAuthority(String mspId, X509Certificate certificate, PrivateKey privateKey) {
        this.mspId = Objects.requireNonNull(mspId, "mspId");
        this.certificate = Objects.requireNonNull(certificate, "certificate");
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
    }

    /** A new CA named {@code CN=ca.<organisationName>, O=<organisationName>} for the MSP {@code mspId}. */
    public static CertificateAuthority create(String mspId, String organisationName) {
        KeyPair keys = newKeyPair();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, organisationName)
                .addRDN(BCStyle.CN, "ca." + organisationName)
                .build();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = builder(subject, subject, keys.getPublic(), CA_VALIDITY)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(
                            Extension.keyUsage,
                            true,
                            new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature))
                    .addExtension(
                            Extension.subjectKeyIdentifier,
                            false,
                            extensions.createSubjectKeyIdentifier(keys.getPublic()));
            return new CertificateAuthority(mspId, sign(builder, keys.getPrivate()), keys.getPrivate());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot create CA for " + mspId, e);
        }
    }

    /** Loads a CA written by {@link #save(Path)}: {@code ca.pem}, {@code key.pem} (PKCS#8) and {@code msp-id}. */
    public static CertificateAuthority load(Path caDirectory) {
        try {
            String mspId = Files.readString(caDirectory.resolve(MSP_ID_FILE), StandardCharsets.UTF_8)
                    .strip();
            X509Certificate certificate = Pem.parseCertificate(
                    Files.readString(caDirectory.resolve(CERTIFICATE_FILE), StandardCharsets.US_ASCII));
            PrivateKey key =
                    Pem.parsePrivateKey(Files.readString(caDirectory.resolve(KEY_FILE), StandardCharsets.US_ASCII));
            return new CertificateAuthority(mspId, certificate, key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CA from " + caDirectory, e);
        }
    }

    /** True when {@code caDirectory} holds a CA written by {@link #save(Path)}. */
    public static boolean exists(Path caDirectory) {
        return Files.isRegularFile(caDirectory.resolve(CERTIFICATE_FILE))
                && Files.isRegularFile(caDirectory.resolve(KEY_FILE))
                && Files.isRegularFile(caDirectory.resolve(MSP_ID_FILE));
    }

    /** Writes the certificate, the PKCS#8 key (owner-only where the file system allows) and the MSP id. */
    public void save(Path caDirectory) {
        try {
            Files.createDirectories(caDirectory);
            Files.writeString(caDirectory.resolve(CERTIFICATE_FILE), Pem.certificate(certificate));
            PemFiles.writePrivate(caDirectory.resolve(KEY_FILE), Pem.privateKey(privateKey));
            Files.writeString(caDirectory.resolve(MSP_ID_FILE), mspId + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CA to " + caDirectory, e);
        }
    }

    public String mspId() {
        return mspId;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The CA certificate as PEM. */
    public String certificatePem() {
        return Pem.certificate(certificate);
    }

    /**
     * Issues a signing certificate {@code CN=<commonName>, OU=<role OU>, O=<organisation>}. A non-empty
     * {@code attributes} map is written as Fabric CA's attribute extension, readable by the chaincode
     * shim's {@code ClientIdentity.getAttributeValue}.
     */
    public Identity issue(String commonName, NodeRole role, Map<String, String> attributes) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(attributes, "attributes");
        KeyPair keys = newKeyPair();
        X500Name subject = subject(commonName, role.organisationalUnit());
        try {
            X509v3CertificateBuilder builder = leafBuilder(subject, keys.getPublic())
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            if (!attributes.isEmpty()) {
                builder.addExtension(
                        new ASN1ObjectIdentifier(FabricCaAttributes.OID), false, FabricCaAttributes.encode(attributes));
            }
            return new Identity(mspId, sign(builder, privateKey), keys.getPrivate());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot issue certificate for " + commonName, e);
        }
    }

    /** Issues a TLS certificate for loopback use: server and client auth, SANs {@code localhost} and {@code 127.0.0.1}. */
    public Identity issueTls(String commonName) {
        KeyPair keys = newKeyPair();
        X500Name subject = subject(commonName, null);
        try {
            X509v3CertificateBuilder builder = leafBuilder(subject, keys.getPublic())
                    .addExtension(
                            Extension.keyUsage,
                            true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(new KeyPurposeId[] {
                        KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth
                    }))
                    .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                        new GeneralName(GeneralName.dNSName, "localhost"),
                        new GeneralName(GeneralName.iPAddress, "127.0.0.1")
                    }));
            return new Identity(mspId, sign(builder, privateKey), keys.getPrivate());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot issue TLS certificate for " + commonName, e);
        }
    }

    private X509v3CertificateBuilder leafBuilder(X500Name subject, PublicKey publicKey)
            throws IOException, GeneralSecurityException {
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        return builder(issuerName(), subject, publicKey, LEAF_VALIDITY)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(
                        Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(certificate))
                .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(publicKey));
    }

    private X500Name issuerName() {
        return X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    }

    private X500Name subject(String commonName, String organisationalUnit) {
        String organisation =
                issuerName().getRDNs(BCStyle.O)[0].getFirst().getValue().toString();
        X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, organisation);
        if (organisationalUnit != null) {
            builder.addRDN(BCStyle.OU, organisationalUnit);
        }
        return builder.addRDN(BCStyle.CN, commonName).build();
    }

    private static X509v3CertificateBuilder builder(
            X500Name issuer, X500Name subject, PublicKey publicKey, Duration validity) {
        Instant now = Instant.now();
        return new JcaX509v3CertificateBuilder(
                issuer,
                new BigInteger(127, RANDOM).add(BigInteger.ONE),
                Date.from(now.minus(BACKDATE)),
                Date.from(now.plus(validity)),
                subject,
                publicKey);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signer)
            throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(signer)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 unavailable", e);
        }
    }
}
