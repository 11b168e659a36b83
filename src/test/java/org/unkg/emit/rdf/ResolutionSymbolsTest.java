package org.unkg.emit.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unkg.model.Organ;

class ResolutionSymbolsTest {

    @ParameterizedTest(name = "{0} is numbered by {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "1373 (2001)  | SECURITY_COUNCIL",
            "242 (1967)   | SECURITY_COUNCIL",
            "35/168       | GENERAL_ASSEMBLY",
            "ES-10/2      | GENERAL_ASSEMBLY",
            "S-26/2       | GENERAL_ASSEMBLY",
            "22 A (I)     | GENERAL_ASSEMBLY",
            "179 (II)     | GENERAL_ASSEMBLY",
            "2625 (XXV)   | GENERAL_ASSEMBLY",
            "1996/31 x    | none",
            "Charter      | none",
    })
    void organOfNumberFollowsItsForm(String number, Organ organ) {
        assertEquals(Optional.ofNullable(organ), ResolutionSymbols.organOf(number.trim()));
    }

    @ParameterizedTest(name = "{0} {1} has symbol {2}")
    @CsvSource(delimiter = '|', value = {
            "GENERAL_ASSEMBLY | 35/168      | A/RES/35/168",
            "GENERAL_ASSEMBLY | 22 A (I)    | A/RES/22 A (I)",
            "GENERAL_ASSEMBLY | ES-10/2     | A/RES/ES-10/2",
            "SECURITY_COUNCIL | 1373 (2001) | S/RES/1373 (2001)",
    })
    void symbolIsOrganLetterResAndNumber(Organ organ, String number, String symbol) {
        assertEquals(symbol, ResolutionSymbols.symbol(organ, number));
    }

    @ParameterizedTest(name = "{0} is a resolution of {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "A/RES/53/97        | GENERAL_ASSEMBLY",
            "S/RES/1373 (2001)  | SECURITY_COUNCIL",
            "A/61/119/Add.1     | none",
            "E/RES/1996/31      | none",
    })
    void organOfSymbolFollowsItsPrefix(String symbol, Organ organ) {
        assertEquals(Optional.ofNullable(organ), ResolutionSymbols.organOfSymbol(symbol));
    }
}
