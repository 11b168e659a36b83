package org.unkg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
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
        // named by role and mandate (A/RES/78/*, A/RES/79/* of ../shared/corpus/ga, S/RES/* of sc)
        "Takes note with appreciation of the work of the Independent Expert on the enjoyment of all human rights by older persons and the renewal of the mandate | Independent Expert on the enjoyment of all human rights by older persons",
        "pertaining to the mandate of the Independent Expert on the enjoyment of human rights by persons with albinism, Recalling further | Independent Expert on the enjoyment of human rights by persons with albinism",
        "the Working Group on the Right to Development and the Special Rapporteur on the right to development and to cooperate with the High Commissioner | Working Group on the Right to Development;Special Rapporteur on the right to development",
        "Invites the Special Rapporteur on trafficking in persons, especially women and children, to continue to cooperate | Special Rapporteur on trafficking in persons",
        "taking note of the related report of the Working Group on Enforced or Involuntary Disappearances, which highlights | Working Group on Enforced or Involuntary Disappearances",
        "Welcoming the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Cali, Colombia | Conference of the Parties to the Convention on Biological Diversity",
        "the Conference of the Parties to the United Nations Framework Convention on Climate Change at its twenty-eighth session | Conference of the Parties to the United Nations Framework Convention on Climate Change",
        "Recalling further the reports of the Group of Governmental Experts established pursuant to resolution 72/55, | Group of Governmental Experts established pursuant to resolution 72/55",
        "Noting that the Security Council Committee established pursuant to resolution 724 (1991), at its 65th meeting | Security Council Committee established pursuant to resolution 724 (1991)",
        "Confirms that the Committee established pursuant to resolution 724 (1991) is entrusted with the task | Security Council Committee established pursuant to resolution 724 (1991)",
        // A/RES/78/69: the body after an organ's short name and "of the", not "of the …"
        "350. Also notes the decision adopted by the Assembly of the Intergovernmental Oceanographic Commission at its thirty-second session | Intergovernmental Oceanographic Commission",
        // not bodies: an anaphor, a bare role, a convention's parties without the convention, capitalized plans
        "Requests the Secretary-General to provide the Conference with the assistance it needs | Secretary-General",
        "Calls upon the Working Group to continue its work | ",
        "decision 2/CP.23 of the Conference of the Parties to the Convention on the Platform’s purpose and functions | ",
        "Welcoming the Kunming-Montreal Global Biodiversity Framework, adopted at the fifteenth meeting | ",
        "the Sendai Framework for Disaster Risk Reduction 2015–2030 | ",
        "the United Nations Declaration on the Rights of Indigenous Peoples | ",
    })
    void aSentenceNamesTheseBodies(String sentence, String expected) {
        List<Mention> out = new ArrayList<>();
        BodyFinder.find(sentence, out);
        List<String> names = out.stream().filter(m -> m.kind() == CitationKind.BODY).map(Mention::target).sorted()
                .toList();
        assertEquals(expected == null ? List.of() : java.util.Arrays.stream(expected.split(";")).sorted().toList(),
                names);
    }

    /** "established pursuant to/by resolution N" links the body to N, in the number's normal form. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Recalling further the reports of the Group of Governmental Experts established pursuant to resolution 72/55, | 72/55",
        "Noting that the Security Council Committee established pursuant to resolution 724 (1991), at its 65th meeting | 724 (1991)",
        "the Counter-Terrorism Committee established pursuant to resolution 1373 (2001) | 1373 (2001)",
        "the Human Rights Council | 60/251",
        "the Advisory Committee on Administrative and Budgetary Questions | 173 (II)",
    })
    void aBodyEstablishedByAResolutionIsLinkedToIt(String sentence, String resolution) {
        List<Mention> out = new ArrayList<>();
        BodyFinder.find(sentence, out);
        assertEquals(List.of(resolution), out.stream().map(Mention::related).filter(java.util.Objects::nonNull)
                .distinct().toList());
    }

    /** A body named as the complement of another noun was not what the resolution established (S/RES/302 (1971)). */
    @Test
    void aBodyNamedAsAComplementIsNotTheOneEstablished() {
        List<Mention> out = new ArrayList<>();
        BodyFinder.find("the Special Mission of the Security Council established in accordance with resolution "
                + "294 (1971) of 15 July 1971", out);
        assertTrue(out.stream().filter(m -> m.target().equals("Security Council")).allMatch(m -> m.related() == null),
                () -> out.toString());
    }
}
