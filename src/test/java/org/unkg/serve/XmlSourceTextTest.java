package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** An AKN4UN source shown in the explorer reads as text: no tags, no metadata, references decoded. */
class XmlSourceTextTest {

    @Test
    void aSegmentOfXmlIsShownWithoutItsMarkup() {
        Map<String, Object> s = MarkedText.withoutMarkup(Map.of("text", "<meta><x>23-20100 (E)</x></meta>\n    <p>"
                + "\t<span class=\"italic\">Recalling</span> its resolution <a href=\"https://undocs.org/A/RES/1514"
                + "(XV)\">1514&#160;(XV)</a> &amp; others,</p>\n      <p>", "mark", false));
        assertEquals("\nRecalling its resolution 1514\u00A0(XV) & others,\n", s.get("text"));
        assertEquals(false, s.get("mark"));
    }
}
