package org.sip2.server.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sip2.protocol.CirculationStatus;
import org.sip2.protocol.MediaType;
import org.sip2.protocol.SecurityMarker;
import org.sip2.server.backend.ItemView;

/** Koha's sort-bin rules: branch, field, operator, value, bin; the first match wins. */
class SortBinsTest {

    private static ItemView item(String itemType, String collection, String callNumber) {
        return new ItemView(
                "I1",
                "T",
                null,
                callNumber,
                MediaType.BOOK,
                false,
                SecurityMarker.NONE,
                CirculationStatus.AVAILABLE,
                "CPL",
                "CPL",
                "CPL",
                null,
                null,
                0,
                null,
                itemType,
                collection,
                null,
                null,
                null);
    }

    private static final List<String> RULES = List.of(
            "CPL:itype:eq:DVD:3",
            "CPL:ccode:eq:FIC:2",
            "CPL:itemcallnumber:lt:500:1",
            "CPL:itemcallnumber:ge:500:4",
            "MPL:itype:ne:BOOK:9",
            "broken rule");

    @Test
    void theFirstMatchingRuleOfTheBranchWins() {
        assertEquals(Optional.of("3"), SortBins.bin(RULES, "CPL", item("DVD", "FIC", "100")));
        assertEquals(Optional.of("2"), SortBins.bin(RULES, "cpl", item("BOOK", "FIC", "100")));
        assertEquals(Optional.of("1"), SortBins.bin(RULES, "CPL", item("BOOK", null, "100")));
        assertEquals(Optional.of("4"), SortBins.bin(RULES, "CPL", item("BOOK", null, "823.914")));
        assertEquals(Optional.of("9"), SortBins.bin(RULES, "MPL", item("DVD", null, null)));
    }

    @Test
    void noRuleNoBin() {
        assertEquals(Optional.empty(), SortBins.bin(RULES, "MPL", item("BOOK", null, null)));
        assertEquals(Optional.empty(), SortBins.bin(RULES, "CPL", item(null, null, null)));
        assertEquals(Optional.empty(), SortBins.bin(List.of(), "CPL", item("DVD", null, null)));
    }
}
