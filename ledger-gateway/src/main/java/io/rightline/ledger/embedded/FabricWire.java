package io.rightline.ledger.embedded;

import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import io.rightline.network.identity.Identity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockData;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.common.BlockMetadata;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Config;
import org.hyperledger.fabric.protos.common.ConfigEnvelope;
import org.hyperledger.fabric.protos.common.ConfigGroup;
import org.hyperledger.fabric.protos.common.ConfigPolicy;
import org.hyperledger.fabric.protos.common.ConfigValue;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.ImplicitMetaPolicy;
import org.hyperledger.fabric.protos.common.LastConfig;
import org.hyperledger.fabric.protos.common.Metadata;
import org.hyperledger.fabric.protos.common.MetadataSignature;
import org.hyperledger.fabric.protos.common.OrdererBlockMetadata;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.Policy;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.msp.FabricMSPConfig;
import org.hyperledger.fabric.protos.msp.MSPConfig;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEndorsedAction;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.ChaincodeHeaderExtension;
import org.hyperledger.fabric.protos.peer.ChaincodeID;
import org.hyperledger.fabric.protos.peer.ChaincodeInput;
import org.hyperledger.fabric.protos.peer.ChaincodeInvocationSpec;
import org.hyperledger.fabric.protos.peer.ChaincodeProposalPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeSpec;
import org.hyperledger.fabric.protos.peer.Endorsement;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Response;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * The Fabric wire structures the engine writes: endorsed transaction envelopes, orderer-signed blocks with Fabric's
 * header and data hashes, the genesis configuration block.
 */
final class FabricWire {
    private static final SecureRandom RANDOM = new SecureRandom();

    private FabricWire() {}

    /**
     * A simulated transaction ready to be endorsed.
     *
     * @param proposal what the client proposed
     * @param client the client identity (signs the envelope)
     * @param readWriteSet the recorded read/write set
     * @param event the chaincode event or null
     * @param status chaincode response status
     * @param message chaincode response message
     * @param payload chaincode response payload
     */
    record Simulated(
            RecordingStub.Proposal proposal,
            Identity client,
            TxReadWriteSet readWriteSet,
            ChaincodeEvent event,
            int status,
            String message,
            byte[] payload) {}

    /** msp.SerializedIdentity{mspid, id_bytes = certificate PEM}, as Fabric identities are serialized. */
    static ByteString serialize(Identity identity) {
        return SerializedIdentity.newBuilder()
                .setMspid(identity.mspId())
                .setIdBytes(ByteString.copyFrom(pem(identity.certificate()), StandardCharsets.US_ASCII))
                .build()
                .toByteString();
    }

    private static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("certificate cannot be encoded", e);
        }
    }

    /** Fabric's transaction id: hex(SHA-256(nonce || serialized creator)). */
    static String transactionId(byte[] nonce, ByteString creator) {
        return HexFormat.of().formatHex(sha256(nonce, creator.toByteArray()));
    }

    /** Endorses with every given peer identity and wraps the endorsed action in a client-signed envelope. */
    static Envelope endorsedEnvelope(Simulated simulated, List<Identity> endorsers) {
        RecordingStub.Proposal proposal = simulated.proposal();
        ByteString channelHeader = channelHeader(proposal).toByteString();
        ByteString signatureHeader = SignatureHeader.newBuilder()
                .setCreator(proposal.creator())
                .setNonce(ByteString.copyFrom(proposal.nonce()))
                .build()
                .toByteString();
        ByteString proposalPayload = proposalPayload(proposal).toByteString();
        byte[] proposalHash =
                sha256(channelHeader.toByteArray(), signatureHeader.toByteArray(), proposalPayload.toByteArray());
        ByteString responsePayload = responsePayload(simulated, proposalHash);
        ChaincodeEndorsedAction.Builder action =
                ChaincodeEndorsedAction.newBuilder().setProposalResponsePayload(responsePayload);
        for (Identity endorser : endorsers) {
            ByteString endorserBytes = serialize(endorser);
            byte[] signature =
                    endorser.sign(responsePayload.concat(endorserBytes).toByteArray());
            action.addEndorsements(
                    Endorsement.newBuilder().setEndorser(endorserBytes).setSignature(ByteString.copyFrom(signature)));
        }
        Transaction transaction = Transaction.newBuilder()
                .addActions(TransactionAction.newBuilder()
                        .setHeader(signatureHeader)
                        .setPayload(ChaincodeActionPayload.newBuilder()
                                .setChaincodeProposalPayload(proposalPayload)
                                .setAction(action)
                                .build()
                                .toByteString()))
                .build();
        ByteString payload = Payload.newBuilder()
                .setHeader(Header.newBuilder().setChannelHeader(channelHeader).setSignatureHeader(signatureHeader))
                .setData(transaction.toByteString())
                .build()
                .toByteString();
        return Envelope.newBuilder()
                .setPayload(payload)
                .setSignature(ByteString.copyFrom(simulated.client().sign(payload.toByteArray())))
                .build();
    }

    private static ChannelHeader channelHeader(RecordingStub.Proposal proposal) {
        return ChannelHeader.newBuilder()
                .setType(HeaderType.ENDORSER_TRANSACTION_VALUE)
                .setChannelId(proposal.channelId())
                .setTxId(proposal.txId())
                .setTimestamp(Timestamp.newBuilder()
                        .setSeconds(proposal.timestamp().getEpochSecond())
                        .setNanos(proposal.timestamp().getNano()))
                .setExtension(ChaincodeHeaderExtension.newBuilder()
                        .setChaincodeId(ChaincodeID.newBuilder().setName(proposal.chaincodeName()))
                        .build()
                        .toByteString())
                .build();
    }

    private static ChaincodeProposalPayload proposalPayload(RecordingStub.Proposal proposal) {
        ChaincodeInput.Builder input = ChaincodeInput.newBuilder();
        proposal.arguments().forEach(argument -> input.addArgs(ByteString.copyFrom(argument)));
        return ChaincodeProposalPayload.newBuilder()
                .setInput(ChaincodeInvocationSpec.newBuilder()
                        .setChaincodeSpec(ChaincodeSpec.newBuilder()
                                .setType(ChaincodeSpec.Type.JAVA)
                                .setChaincodeId(ChaincodeID.newBuilder().setName(proposal.chaincodeName()))
                                .setInput(input))
                        .build()
                        .toByteString())
                .build();
    }

    private static ByteString responsePayload(Simulated simulated, byte[] proposalHash) {
        ChaincodeAction.Builder action = ChaincodeAction.newBuilder()
                .setResults(simulated.readWriteSet().toByteString())
                .setResponse(Response.newBuilder()
                        .setStatus(simulated.status())
                        .setMessage(simulated.message())
                        .setPayload(ByteString.copyFrom(simulated.payload())))
                .setChaincodeId(
                        ChaincodeID.newBuilder().setName(simulated.proposal().chaincodeName()));
        if (simulated.event() != null) {
            action.setEvents(simulated.event().toByteString());
        }
        return ProposalResponsePayload.newBuilder()
                .setProposalHash(ByteString.copyFrom(proposalHash))
                .setExtension(action.build().toByteString())
                .build()
                .toByteString();
    }

    /** Fabric's block header bytes: ASN.1 DER SEQUENCE{INTEGER number, OCTET STRING previous, OCTET STRING data}. */
    static byte[] headerBytes(BlockHeader header) {
        ASN1EncodableVector vector = new ASN1EncodableVector();
        vector.add(new ASN1Integer(BigInteger.valueOf(header.getNumber())));
        vector.add(new DEROctetString(header.getPreviousHash().toByteArray()));
        vector.add(new DEROctetString(header.getDataHash().toByteArray()));
        try {
            return new DERSequence(vector).getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] headerHash(BlockHeader header) {
        return sha256(headerBytes(header));
    }

    /** Fabric's data hash: SHA-256 over the concatenated envelopes. */
    static byte[] dataHash(BlockData data) {
        MessageDigest digest = digest();
        data.getDataList().forEach(envelope -> digest.update(envelope.asReadOnlyByteBuffer()));
        return digest.digest();
    }

    /** A block as the orderer cuts it: signed metadata, TRANSACTIONS_FILTER all NOT_VALIDATED. */
    static Block assemble(long number, byte[] previousHeaderHash, List<Envelope> envelopes, Identity orderer) {
        BlockData.Builder data = BlockData.newBuilder();
        envelopes.forEach(envelope -> data.addData(envelope.toByteString()));
        BlockData blockData = data.build();
        BlockHeader header = BlockHeader.newBuilder()
                .setNumber(number)
                .setPreviousHash(ByteString.copyFrom(previousHeaderHash))
                .setDataHash(ByteString.copyFrom(dataHash(blockData)))
                .build();
        ByteString value = OrdererBlockMetadata.newBuilder()
                .setLastConfig(LastConfig.newBuilder().setIndex(0))
                .build()
                .toByteString();
        ByteString signatureHeader = SignatureHeader.newBuilder()
                .setCreator(serialize(orderer))
                .setNonce(ByteString.copyFrom(nonce()))
                .build()
                .toByteString();
        byte[] signed = concat(value.toByteArray(), signatureHeader.toByteArray(), headerBytes(header));
        Metadata signatures = Metadata.newBuilder()
                .setValue(value)
                .addSignatures(MetadataSignature.newBuilder()
                        .setSignatureHeader(signatureHeader)
                        .setSignature(ByteString.copyFrom(orderer.sign(signed))))
                .build();
        byte[] filter = new byte[envelopes.size()];
        Arrays.fill(filter, (byte) TxValidationCode.NOT_VALIDATED_VALUE);
        BlockMetadata metadata = BlockMetadata.newBuilder()
                .addMetadata(signatures.toByteString())
                .addMetadata(Metadata.newBuilder()
                        .setValue(LastConfig.newBuilder().setIndex(0).build().toByteString())
                        .build()
                        .toByteString())
                .addMetadata(ByteString.copyFrom(filter))
                .addMetadata(ByteString.EMPTY)
                .addMetadata(ByteString.EMPTY)
                .build();
        return Block.newBuilder()
                .setHeader(header)
                .setData(blockData)
                .setMetadata(metadata)
                .build();
    }

    static Block withValidationCodes(Block block, List<TxValidationCode> codes) {
        byte[] filter = new byte[codes.size()];
        for (int i = 0; i < filter.length; i++) {
            filter[i] = (byte) codes.get(i).getNumber();
        }
        return block.toBuilder()
                .setMetadata(block.getMetadata().toBuilder()
                        .setMetadata(BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE, ByteString.copyFrom(filter)))
                .build();
    }

    /** Block 0: a CONFIG envelope with the organisations' root CAs and the MAJORITY endorsement policy. */
    static Block genesis(
            String channelId,
            Map<String, X509Certificate> roots,
            String ordererMspId,
            List<String> peerOrganisations,
            Identity orderer) {
        ConfigGroup.Builder application = ConfigGroup.newBuilder().putPolicies("Endorsement", majorityPolicy());
        ConfigGroup.Builder ordering = ConfigGroup.newBuilder();
        roots.forEach((mspId, certificate) -> {
            ConfigGroup organisation = organisation(mspId, certificate);
            if (mspId.equals(ordererMspId)) {
                ordering.putGroups(mspId, organisation);
            } else if (peerOrganisations.contains(mspId)) {
                application.putGroups(mspId, organisation);
            }
        });
        ConfigEnvelope config = ConfigEnvelope.newBuilder()
                .setConfig(Config.newBuilder()
                        .setChannelGroup(ConfigGroup.newBuilder()
                                .putGroups("Application", application.build())
                                .putGroups("Orderer", ordering.build())))
                .build();
        ByteString payload = Payload.newBuilder()
                .setHeader(Header.newBuilder()
                        .setChannelHeader(ChannelHeader.newBuilder()
                                .setType(HeaderType.CONFIG_VALUE)
                                .setChannelId(channelId)
                                .build()
                                .toByteString())
                        .setSignatureHeader(SignatureHeader.newBuilder()
                                .setCreator(serialize(orderer))
                                .setNonce(ByteString.copyFrom(nonce()))
                                .build()
                                .toByteString()))
                .setData(config.toByteString())
                .build()
                .toByteString();
        Envelope envelope = Envelope.newBuilder()
                .setPayload(payload)
                .setSignature(ByteString.copyFrom(orderer.sign(payload.toByteArray())))
                .build();
        return withValidationCodes(
                assemble(0, new byte[0], List.of(envelope), orderer), List.of(TxValidationCode.VALID));
    }

    private static ConfigGroup organisation(String mspId, X509Certificate root) {
        FabricMSPConfig msp = FabricMSPConfig.newBuilder()
                .setName(mspId)
                .addRootCerts(ByteString.copyFrom(pem(root), StandardCharsets.US_ASCII))
                .build();
        return ConfigGroup.newBuilder()
                .putValues(
                        "MSP",
                        ConfigValue.newBuilder()
                                .setValue(MSPConfig.newBuilder()
                                        .setType(0)
                                        .setConfig(msp.toByteString())
                                        .build()
                                        .toByteString())
                                .build())
                .build();
    }

    private static ConfigPolicy majorityPolicy() {
        return ConfigPolicy.newBuilder()
                .setPolicy(Policy.newBuilder()
                        .setType(Policy.PolicyType.IMPLICIT_META_VALUE)
                        .setValue(ImplicitMetaPolicy.newBuilder()
                                .setSubPolicy("Endorsement")
                                .setRule(ImplicitMetaPolicy.Rule.MAJORITY)
                                .build()
                                .toByteString()))
                .build();
    }

    /** MAJORITY of the peer organisations, as the channel's endorsement policy. */
    static Predicate<Set<String>> majority(List<String> peerOrganisations) {
        List<String> organisations = List.copyOf(peerOrganisations);
        return endorsing -> endorsing.stream().filter(organisations::contains).count() > organisations.size() / 2;
    }

    private static byte[] nonce() {
        byte[] nonce = new byte[24];
        RANDOM.nextBytes(nonce);
        return nonce;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static byte[] sha256(byte[]... parts) {
        MessageDigest digest = digest();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }
}
