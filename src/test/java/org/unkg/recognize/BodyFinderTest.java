package org.unkg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unkg.model.CitationKind;

/** Bodies named in real sentences; each row lists every body the sentence names, separated by ';'. */
class BodyFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the Terrorism Prevention Branch of the United Nations Office on Drugs and Crime | Terrorism Prevention Branch;United Nations Office on Drugs and Crime",
        "the Department of Safety and Security of the Secretariat | Department of Safety and Security;Secretariat",
        "with the Counter-Terrorism Committee and its Executive Directorate | Counter-Terrorism Committee;Counter-Terrorism Committee Executive Directorate",
        "the International Institute of Higher Studies in Criminal Sciences in Siracusa, Italy | International Institute of Higher Studies in Criminal Sciences",
        "African Union-led peace support operations | African Union",
        "the annual report of the OSPAR Commission | OSPAR Commission",
        "the representative of the Union of Soviet Socialist Republics | ",
        "UNITED NATIONS                         S Security Council | Security Council",
        "the Saving Lives Together framework | ",
    })
    void aSentenceNamesTheseBodies(String sentence, String expected) {
        List<Mention> out = new ArrayList<>();
        BodyFinder.find(sentence, out);
        List<String> names = out.stream().filter(m -> m.kind() == CitationKind.BODY).map(Mention::target).sorted()
                .toList();
        assertEquals(expected == null ? List.of() : java.util.Arrays.stream(expected.split(";")).sorted().toList(),
                names);
    }
}
