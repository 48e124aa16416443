package org.sip2.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Extension fields: any two-character id is written, unknown ids are kept when read, through the one message table. */
class ExtraFieldTest {

    private final SipCodec codec = new SipCodec();

    @Test
    void unknownFieldsOfAResponseAreKeptInOrder() {
        ItemInformationResponse item = (ItemInformationResponse)
                codec.parse("1803020120260101    000000AB123|AJTitle|CRFIC|ZYshelf 3|XY|AFhello|");
        assertEquals(
                List.of(new ExtraField("CR", "FIC"), new ExtraField("ZY", "shelf 3"), new ExtraField("XY", "")),
                item.extensions());
        assertEquals(List.of("hello"), item.screenMessage());
    }

    @Test
    void extensionFieldsAreWrittenBeforeTheScreenMessageAndSanitised() {
        SipDate date = new SipDate("20260101    000000");
        PatronStatusResponse status = new PatronStatusResponse(
                PatronStatus.UNKNOWN_PATRON,
                "000",
                date,
                "CPL",
                "P1",
                "Name",
                true,
                null,
                null,
                null,
                List.of(new ExtraField("PC", "ADULT"), new ExtraField("PB", "a|b")),
                List.of("hi"),
                null);
        String text = codec.format(status);
        assertTrue(text.endsWith("|BLY|PCADULT|PBa b|AFhi|"), text);
        assertEquals(
                status.extensions().get(0),
                ((PatronStatusResponse) codec.parse(text)).extensions().get(0));
    }

    @Test
    void requestsWithoutAnExtensionComponentStillIgnoreUnknownIds() {
        CheckinRequest checkin =
                (CheckinRequest) codec.parse("09N20260101    00000020260101    000000APX|AOCPL|ABI1|ZZjunk|AC|");
        assertEquals("I1", checkin.itemIdentifier());
    }

    @Test
    void anIdIsTwoLettersOrDigits() {
        assertThrows(IllegalArgumentException.class, () -> new ExtraField("P", "x"));
        assertThrows(IllegalArgumentException.class, () -> new ExtraField("P|", "x"));
    }
}
