package org.unkg.serve;

import org.apache.jena.graph.Node;

/**
 * What the server's pages keep until the store changes, one set shared by the explorer and the linked-data pages:
 * the labels and facts of things, and each thing's citations in each direction.
 *
 * <pre>{@code
 * PageMemos memos = PageMemos.sized();
 * new Labels(dsg, iris, prefixes, memos.labels(), memos.things());
 * }</pre>
 *
 * @param labels    a thing's label
 * @param things    a thing's facts
 * @param citations a thing's citations, sorted and counted in memory
 */
record PageMemos(Memo<Node, String> labels, Memo<Node, Thing> things, Memo<Citations.Key, Citations> citations) {
    /** The most labels (and facts) kept: a few tens of megabytes. */
    static final int MEMO = 200_000;
    /** The most things whose citations are kept: the Charter's 3,000 take a megabyte, most things a few rows. */
    static final int CITATIONS_MEMO = 20_000;

    /** Empty memos of the server's sizes. */
    static PageMemos sized() {
        return new PageMemos(new Memo<>(MEMO), new Memo<>(MEMO), new Memo<>(CITATIONS_MEMO));
    }
}
