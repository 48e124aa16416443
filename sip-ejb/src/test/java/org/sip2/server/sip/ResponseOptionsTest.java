package org.sip2.server.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sip2.protocol.ExtraField;
import org.sip2.protocol.PatronStatus;
import org.sip2.protocol.PatronStatusResponse;
import org.sip2.protocol.SipCodec;
import org.sip2.protocol.SipDate;
import org.sip2.server.backend.TerminalOptions;

/** hide_fields, allow_fields and screen_msg_regex on any response, through the message table. */
class ResponseOptionsTest {

    private static final SipDate NOW = new SipDate("20260101    000000");

    private static PatronStatusResponse status(List<ExtraField> extensions) {
        return new PatronStatusResponse(
                PatronStatus.UNKNOWN_PATRON,
                "000",
                NOW,
                "CPL",
                "P1",
                "Doe",
                true,
                null,
                "USD",
                null,
                extensions,
                List.of("You owe 2.50 USD"),
                null);
    }

    @Test
    void withoutOptionsTheResponseIsUntouched() {
        PatronStatusResponse response = status(null);
        assertSame(response, ResponseOptions.apply(response, TerminalOptions.DEFAULTS));
    }

    @Test
    void hiddenFieldsAreLeftOutRequiredOnesSentEmptyEvenWithoutExtensions() {
        PatronStatusResponse hidden = (PatronStatusResponse)
                ResponseOptions.apply(status(null), new TerminalOptions(Map.of("hide_fields", "AE,AF,BH")));
        assertEquals(
                "24" + "Y".repeat(4) + " ".repeat(10) + "000" + NOW.text() + "AOCPL|AAP1|AE|BLY|",
                new SipCodec().format(hidden));
    }

    @Test
    void allowedFieldsAndRewrittenScreenMessages() {
        PatronStatusResponse allowed = (PatronStatusResponse) ResponseOptions.apply(
                status(List.of(new ExtraField("PC", "ADULT"), new ExtraField("XY", "x"))),
                new TerminalOptions(Map.of("allow_fields", "PC", "screen_msg_regex", "^You owe (.*)$ => Balance: $1")));
        assertEquals(
                "24" + "Y".repeat(4) + " ".repeat(10) + "000" + NOW.text()
                        + "AOCPL|AAP1|AE|PCADULT|AFBalance: 2.50 USD|",
                new SipCodec().format(allowed));
    }

    @Test
    void nonprintingCharactersBecomeTheAccountsTextInEveryField() {
        PatronStatusResponse response = new PatronStatusResponse(
                PatronStatus.UNKNOWN_PATRON,
                "000",
                NOW,
                "CPL",
                "P1",
                "Doe\tJane",
                true,
                null,
                "USD",
                null,
                List.of(new ExtraField("XY", "a\u2028b")),
                List.of("line\none"),
                null);
        PatronStatusResponse converted = (PatronStatusResponse)
                ResponseOptions.apply(response, new TerminalOptions(Map.of("convert_nonprinting_characters", "~")));
        assertEquals(
                "24" + "Y".repeat(4) + " ".repeat(10) + "000" + NOW.text()
                        + "AOCPL|AAP1|AEDoe~Jane|BLY|BHUSD|XYa~b|AFline~one|",
                new SipCodec().format(converted));
    }
}
