package org.unkg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unkg.model.CitationKind;

/** Treaties named in real sentences of ../shared/corpus/ga; each row lists every treaty named, separated by ';'. */
class TreatyFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // short and regional names: the table makes them the treaty's own name
        "the nuclear-weapon-free zone established by the Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean (Treaty of Tlatelolco), as well as | Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean",
        "States parties to the Treaty of Tlatelolco | Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean",
        "Recalling also the signing of the African Nuclear-Weapon-Free Zone Treaty (Treaty of Pelindaba) in Cairo on 11 April 1996 | African Nuclear-Weapon-Free Zone Treaty",
        "the entry into force of the Pelindaba Treaty | African Nuclear-Weapon-Free Zone Treaty",
        // a relationship agreement between two organizations
        "in accordance with the Relationship Agreement between the United Nations and the International Criminal Court, and also notes | Relationship Agreement between the United Nations and the International Criminal Court",
        // a protocol nested in its parent's title, its own title going on in lower case
        "Calls upon States to consider becoming parties to the Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict; | Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict",
        "the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime | Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime;United Nations Convention against Transnational Organized Crime",
        "the Arms Trade Treaty | Arms Trade Treaty",
        // not treaties: a declaration, a draft convention, a conference's final document
        "the United Nations Declaration on the Rights of Indigenous Peoples, | ",
        "in order to provide a draft convention to the General Assembly at its seventy-eighth session | ",
        "Recalling also the provisions of the Final Document of the Tenth Special Session of the General Assembly concerning the relationship | ",
    })
    void aSentenceNamesTheseTreaties(String sentence, String expected) {
        List<Mention> out = new ArrayList<>();
        TreatyFinder.find(sentence, out);
        List<String> names = out.stream().filter(m -> m.kind() == CitationKind.TREATY).map(Mention::target).sorted()
                .toList();
        assertEquals(expected == null ? List.of() : Arrays.stream(expected.split(";")).sorted().toList(), names);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the Arms Trade Treaty | 52373 | 3013",
        "the Convention on the Rights of the Child | 27531 | 1577",
        "the Kyoto Protocol | 30822 | 2303",
    })
    void theTableGivesATreatysTreatySeriesReference(String sentence, String number, String volume) {
        List<Mention> out = new ArrayList<>();
        TreatyFinder.find(sentence, out);
        NameTable.Row row = TreatyFinder.TABLE.lookup(out.get(0).target());
        assertEquals(List.of(number, volume), List.of(row.extra(1), row.extra(2)));
    }
}
