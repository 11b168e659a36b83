package org.unkg.store;

import java.util.function.Supplier;

import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A write transaction that, whatever fails, leaves the calling thread outside any transaction.
 *
 * <pre>{@code
 * long n = WriteTransaction.of(dsg, () -> { dsg.add(quad); return 1L; });
 * WriteTransaction.run(dsg, () -> dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY));
 * }</pre>
 *
 * Jena's {@code Txn.executeWrite} aborts when the body throws but not when the commit does (a full disk fails the
 * commit, when TDB2 flushes its node file and journal); the thread would stay in the failed transaction and the
 * next write would join it and never commit. Every write of the store goes through here.
 */
public final class WriteTransaction {
    private WriteTransaction() {
    }

    /** Runs {@code body} in a write transaction on {@code dsg} and commits it. */
    public static void run(DatasetGraph dsg, Runnable body) {
        of(dsg, () -> {
            body.run();
            return null;
        });
    }

    /** Runs {@code body} in a write transaction on {@code dsg}, commits it and gives its result. */
    public static <T> T of(DatasetGraph dsg, Supplier<T> body) {
        dsg.begin(TxnType.WRITE);
        try {
            T result = body.get();
            dsg.commit();
            return result;
        } catch (RuntimeException | Error e) {
            try {
                dsg.abort();
            } catch (RuntimeException again) {
                e.addSuppressed(again);
            }
            throw e;
        } finally {
            dsg.end();
        }
    }
}
