package io.rightline.testsupport.ledger;

import java.util.Iterator;
import java.util.List;
import org.hyperledger.fabric.protos.peer.QueryResponseMetadata;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/** One page of a range query: entries after the bookmark key, at most pageSize, with Fabric's metadata. */
final class Page implements QueryResultsIteratorWithMetadata<KeyValue> {

    private final List<KeyValue> entries;
    private final QueryResponseMetadata metadata;

    private Page(List<KeyValue> entries, QueryResponseMetadata metadata) {
        this.entries = entries;
        this.metadata = metadata;
    }

    /** Fabric's bookmark is the first key of the next page; empty when there is none. */
    static Page of(List<KeyValue> all, int pageSize, String bookmark) {
        if (pageSize <= 0) {
            throw new IllegalArgumentException("pageSize must be positive: " + pageSize);
        }
        int from = 0;
        if (bookmark != null && !bookmark.isEmpty()) {
            while (from < all.size()
                    && InMemoryChaincodeStub.CODE_POINT_ORDER.compare(
                                    all.get(from).getKey(), bookmark)
                            < 0) {
                from++;
            }
        }
        int to = Math.min(all.size(), from + pageSize);
        String next = to < all.size() ? all.get(to).getKey() : "";
        List<KeyValue> page = List.copyOf(all.subList(from, to));
        return new Page(
                page,
                QueryResponseMetadata.newBuilder()
                        .setFetchedRecordsCount(page.size())
                        .setBookmark(next)
                        .build());
    }

    @Override
    public QueryResponseMetadata getMetadata() {
        return metadata;
    }

    @Override
    public Iterator<KeyValue> iterator() {
        return entries.iterator();
    }

    @Override
    public void close() {
        // nothing to release
    }
}
