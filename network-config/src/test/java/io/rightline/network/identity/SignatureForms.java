package io.rightline.network.identity;

import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;

/** Builds the high-S twin (r, n - s) of a DER ECDSA signature for negative tests. */
final class SignatureForms {

    private static final BigInteger ORDER =
            new BigInteger("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);

    private SignatureForms() {}

    static byte[] highS(byte[] der) throws java.io.IOException {
        ASN1Sequence sequence = ASN1Sequence.getInstance(der);
        ASN1EncodableVector vector = new ASN1EncodableVector();
        vector.add(sequence.getObjectAt(0));
        vector.add(new ASN1Integer(
                ORDER.subtract(ASN1Integer.getInstance(sequence.getObjectAt(1)).getValue())));
        return new DERSequence(vector).getEncoded();
    }
}
