package org.unkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

class WriteTransactionTest {
    private static final Node G = NodeFactory.createURI("urn:g");
    private static final Quad Q = Quad.create(G, NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"),
            NodeFactory.createLiteralString("o"));

    /** A store whose first commit fails, as a full disk fails TDB2's. */
    private static final class FailingOnce extends DatasetGraphWrapper {
        private boolean failed;

        FailingOnce(DatasetGraph dsg) {
            super(dsg);
        }

        @Override
        public void commit() {
            if (!failed) {
                failed = true;
                throw new IllegalStateException("No space left on device");
            }
            super.commit();
        }
    }

    @Test
    void aCommitThatFailsLeavesTheThreadOutsideAnyTransactionAndTheNextWriteCommits() {
        DatasetGraph dsg = new FailingOnce(DatasetGraphFactory.createTxnMem());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> WriteTransaction.run(dsg, () -> dsg.add(Q)));
        assertEquals("No space left on device", e.getMessage());
        assertFalse(dsg.isInTransaction(), "the failed transaction is ended");
        assertFalse(Txn.calculateRead(dsg, () -> dsg.contains(Q)), "nothing of it was stored");
        assertEquals(1, WriteTransaction.of(dsg, () -> {
            dsg.add(Q);
            return 1;
        }));
        assertTrue(Txn.calculateRead(dsg, () -> dsg.contains(Q)), "the next write commits");
    }

    @Test
    void aBodyThatThrowsStoresNothing() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        assertThrows(IllegalArgumentException.class, () -> WriteTransaction.run(dsg, () -> {
            dsg.add(Q);
            throw new IllegalArgumentException("bad input");
        }));
        assertFalse(dsg.isInTransaction());
        assertFalse(Txn.calculateRead(dsg, () -> dsg.contains(Q)));
    }
}
