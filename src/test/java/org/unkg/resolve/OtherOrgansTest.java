package org.unkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unkg.extract.Extractor;
import org.unkg.model.Citation;
import org.unkg.model.CitationKind;
import org.unkg.source.SourceFormat;
import org.unkg.source.SourceText;

/**
 * Another organ's resolution cited in an Assembly resolution is never the Assembly's: "its resolution 1998/72"
 * after "the Commission on Human Rights" is the Commission's, whatever organ the recognizer could name. Each row:
 * a preamble paragraph of an Assembly resolution, the other organ's number, and the organs it must not be given.
 */
class OtherOrgansTest {
    private static final Extractor EXTRACTOR = Extractor.builder().build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // A/RES/79/170 and 78/203: the Commission named, then "in its resolution"
        "Urges the Working Group to fulfil its mandate as established by the Commission on Human Rights in its "
                + "resolution 1998/72 and the Human Rights Council; | 1998/72",
        // A/RES/78/217: the Commission on Population and Development's resolutions, then "its resolution 2013/1"
        "Recalling also Commission on Population and Development resolutions 2006/2 of 10 May 2006 and 2009/1 of 3 "
                + "April 2009 and its resolution 2013/1 of 26 April 2013 on new trends, | 2013/1",
    })
    void anotherOrgansNumberIsNeitherTheAssemblysNorTheCouncils(String paragraph, String number) {
        String text = "A/RES/79/1\n\nThe General Assembly,\n\n" + paragraph + "\n";
        List<Citation> found = EXTRACTOR.extract(new SourceText("row.txt", text, SourceFormat.TEXT, "0")).citations()
                .stream().filter(c -> c.target().equals(number)).toList();
        assertEquals(List.of(CitationKind.OTHER_RESOLUTION), found.stream().map(Citation::kind).distinct().toList());
        for (Citation c : found) {
            assertEquals(false, "General Assembly".equals(c.organ()) || "Security Council".equals(c.organ()),
                    number + " given to " + c.organ());
        }
    }
}
