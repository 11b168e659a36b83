package org.unkg.serve;

import java.util.Optional;

import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Which state of the store a read transaction sees, so that what is computed from a whole store (a ranking) can be
 * kept until the store changes: TDB2 counts its committed writes, and a compaction or a new store moved into place
 * is another storage object.
 *
 * <pre>{@code
 * Txn.executeRead(dsg, () -> StoreVersion.of(dsg));   // Optional[Version[...]]; empty: not TDB2, do not keep
 * }</pre>
 */
record StoreVersion(Object storage, long writes) {

    /** The version the caller's read transaction sees; empty when it cannot be told (an in-memory dataset). */
    static Optional<StoreVersion> of(DatasetGraph dsg) {
        if (!TDBInternal.isTDB2(dsg)) {
            return Optional.empty();
        }
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        Transaction txn = tdb.getTxnSystem().getThreadTransaction();
        return txn == null ? Optional.empty() : Optional.of(new StoreVersion(tdb, txn.getDataVersion()));
    }

    @Override
    public boolean equals(Object o) {
        // the same storage object, not an equal one
        return o instanceof StoreVersion v && v.storage == storage && v.writes == writes;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(storage) * 31 + Long.hashCode(writes);
    }
}
