package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A bounded load on the seeds, served with the defaults of {@code unkg serve} (16 requests at once): 500 mixed
 * requests from 16 clients, every kind of {@link LoadDriver} (queries, pages, rankings, lineage, search), all answered
 * without an error. The longer run with figures
 * is {@code bench/load/run.sh}.
 */
class LoadTest {
    private static SeedsServer server;

    @BeforeAll
    static void start() throws Exception {
        server = SeedsServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    @Test
    void fiveHundredMixedRequestsFromSixteenClientsAllSucceed() throws Exception {
        LoadDriver.Result r = LoadDriver.run(server.url(), 500, 16);
        System.out.println("LoadTest: " + r.summary());
        assertEquals(0, r.errors(), r.summary());
    }
}
