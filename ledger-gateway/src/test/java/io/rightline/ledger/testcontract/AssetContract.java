package io.rightline.ledger.testcontract;

import java.nio.charset.StandardCharsets;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;

/** A small contract exercising every stub feature the ledger engine must honour; test classpath only. */
@Contract(name = "assets")
public final class AssetContract implements ContractInterface {

    private static String key(ChaincodeStub stub, String id) {
        return stub.createCompositeKey("asset", id).toString();
    }

    /** Creates an asset; refuses an existing id. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String create(Context ctx, String id, String value) {
        ChaincodeStub stub = ctx.getStub();
        if (stub.getState(key(stub, id)) != null) {
            throw new ChaincodeException("asset " + id + " exists", "ASSET_EXISTS");
        }
        stub.putStringState(key(stub, id), value);
        stub.setEvent("AssetCreated", ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8));
        return "{\"id\":\"" + id + "\",\"creator\":\"" + ctx.getClientIdentity().getMSPID() + "\"}";
    }

    /** Reads an asset. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String read(Context ctx, String id) {
        ChaincodeStub stub = ctx.getStub();
        byte[] value = stub.getState(key(stub, id));
        if (value == null) {
            throw new ChaincodeException("asset " + id + " not found", "ASSET_NOT_FOUND");
        }
        return new String(value, StandardCharsets.UTF_8);
    }

    /** Replaces an asset's value (read then write: the MVCC case). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String update(Context ctx, String id, String value) {
        String previous = read(ctx, id);
        ChaincodeStub stub = ctx.getStub();
        stub.putStringState(key(stub, id), value);
        return previous;
    }

    /** Deletes an asset. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public void remove(Context ctx, String id) {
        read(ctx, id);
        ChaincodeStub stub = ctx.getStub();
        stub.delState(key(stub, id));
    }

    /** Counts assets with a range query and stores the count (the phantom-read case). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String census(Context ctx) {
        ChaincodeStub stub = ctx.getStub();
        int count = 0;
        try (QueryResultsIterator<KeyValue> all = stub.getStateByPartialCompositeKey("asset")) {
            for (KeyValue ignored : all) {
                count++;
            }
        } catch (Exception e) {
            throw new ChaincodeException("census failed", "CENSUS_FAILED");
        }
        stub.putStringState("census", Integer.toString(count));
        return Integer.toString(count);
    }

    /** Who is calling: MSP id and the rightline.role attribute. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String whoAmI(Context ctx) {
        String role = ctx.getClientIdentity().getAttributeValue("rightline.role");
        return ctx.getClientIdentity().getMSPID() + "/" + role + "/"
                + ctx.getStub().getTxTimestamp().getEpochSecond();
    }
}
