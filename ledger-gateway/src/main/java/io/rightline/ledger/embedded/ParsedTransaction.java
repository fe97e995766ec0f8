package io.rightline.ledger.embedded;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.util.List;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEndorsedAction;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.Endorsement;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * What validation and replay need from an endorser transaction envelope, read back from its wire form.
 *
 * @param txId the channel header's transaction id
 * @param nonce the signature header's nonce
 * @param creator the serialized creator
 * @param signedPayload the envelope payload bytes the creator signed
 * @param signature the creator's signature
 * @param proposalResponsePayload the bytes every endorser signed
 * @param endorsements the endorsements
 * @param readWriteSet this chaincode's key-value read/write set
 * @param event the chaincode event, or null
 * @param malformed the validation code if the envelope could not be read, else null
 */
record ParsedTransaction(
        String txId,
        ByteString nonce,
        ByteString creator,
        ByteString signedPayload,
        ByteString signature,
        ByteString proposalResponsePayload,
        List<Endorsement> endorsements,
        KVRWSet readWriteSet,
        ChaincodeEvent event,
        TxValidationCode malformed) {

    static ParsedTransaction parse(ByteString envelopeBytes, String namespace) {
        try {
            Envelope envelope = Envelope.parseFrom(envelopeBytes);
            Payload payload = Payload.parseFrom(envelope.getPayload());
            ChannelHeader channelHeader =
                    ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
            if (channelHeader.getType() != HeaderType.ENDORSER_TRANSACTION_VALUE) {
                return invalid(channelHeader.getTxId(), TxValidationCode.UNKNOWN_TX_TYPE);
            }
            SignatureHeader signatureHeader =
                    SignatureHeader.parseFrom(payload.getHeader().getSignatureHeader());
            Transaction transaction = Transaction.parseFrom(payload.getData());
            if (transaction.getActionsCount() != 1) {
                return invalid(channelHeader.getTxId(), TxValidationCode.NIL_TXACTION);
            }
            ChaincodeEndorsedAction action = ChaincodeActionPayload.parseFrom(
                            transaction.getActions(0).getPayload())
                    .getAction();
            ChaincodeAction chaincodeAction =
                    ChaincodeAction.parseFrom(ProposalResponsePayload.parseFrom(action.getProposalResponsePayload())
                            .getExtension());
            KVRWSet kv = namespaceSet(TxReadWriteSet.parseFrom(chaincodeAction.getResults()), namespace);
            if (kv == null) {
                return invalid(channelHeader.getTxId(), TxValidationCode.BAD_RWSET);
            }
            ChaincodeEvent event = chaincodeAction.getEvents().isEmpty()
                    ? null
                    : ChaincodeEvent.parseFrom(chaincodeAction.getEvents());
            return new ParsedTransaction(
                    channelHeader.getTxId(),
                    signatureHeader.getNonce(),
                    signatureHeader.getCreator(),
                    envelope.getPayload(),
                    envelope.getSignature(),
                    action.getProposalResponsePayload(),
                    action.getEndorsementsList(),
                    kv,
                    event,
                    null);
        } catch (InvalidProtocolBufferException e) {
            return invalid("", TxValidationCode.BAD_PAYLOAD);
        }
    }

    private static KVRWSet namespaceSet(TxReadWriteSet set, String namespace) throws InvalidProtocolBufferException {
        KVRWSet found = null;
        for (NsReadWriteSet ns : set.getNsRwsetList()) {
            if (!ns.getNamespace().equals(namespace)) {
                return null;
            }
            found = KVRWSet.parseFrom(ns.getRwset());
        }
        return found == null ? KVRWSet.getDefaultInstance() : found;
    }

    private static ParsedTransaction invalid(String txId, TxValidationCode code) {
        return new ParsedTransaction(
                txId,
                ByteString.EMPTY,
                ByteString.EMPTY,
                ByteString.EMPTY,
                ByteString.EMPTY,
                ByteString.EMPTY,
                List.of(),
                KVRWSet.getDefaultInstance(),
                null,
                code);
    }
}
