package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptHeaderTest {
    private static final List<String> OFFERS = List.of("text/turtle", "text/html", "application/ld+json",
            "application/rdf+xml", "application/n-triples", "application/n-quads", "application/trig");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "                                                        | text/turtle",
        "*/*                                                     | text/turtle",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | text/html",
        "application/ld+json                                     | application/ld+json",
        "text/html;q=0.9, application/ld+json                    | application/ld+json",
        "application/rdf+xml;q=0.5, text/turtle;q=0.4            | application/rdf+xml",
        "text/*                                                  | text/turtle",
        "text/*;q=0.5, text/html                                 | text/html",
        "application/n-quads, */*;q=0.1                          | application/n-quads",
        "TEXT/TURTLE                                             | text/turtle",
        "image/png                                               | NONE",
        "text/turtle;q=0                                         | NONE",
        "text/turtle;q=0, */*                                    | text/html",
        "application/json                                        | NONE",
        "garbage                                                 | NONE",
        "text/turtle;q=abc, application/trig                     | application/trig",
    })
    void choosesTheBestOffer(String accept, String chosen) {
        assertEquals(chosen, AcceptHeader.parse(accept).choose(OFFERS).orElse(null));
    }
}
