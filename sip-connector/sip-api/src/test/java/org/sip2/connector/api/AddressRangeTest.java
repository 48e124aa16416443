package org.sip2.connector.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressRangeTest {

    /** The demo accounts' ranges: loopback only. */
    private static final String LOOPBACK = "127.0.0.0/8,::1";

    @Test
    void ipv4AndIpv6RangesAndSingleAddresses() {
        assertTrue(AddressRange.parse("192.168.1.0/24").contains("192.168.1.200"));
        assertFalse(AddressRange.parse("192.168.1.0/24").contains("192.168.2.1"));
        assertTrue(AddressRange.parse("10.0.0.7").contains("10.0.0.7"));
        assertFalse(AddressRange.parse("10.0.0.7").contains("10.0.0.8"));
        assertTrue(AddressRange.parse("fd00::/8").contains("fd12:3456::1"));
        assertFalse(AddressRange.parse("fd00::/8").contains("fe80::1"));
        assertTrue(AddressRange.parse("0.0.0.0/0").contains("203.0.113.9"));
        assertFalse(AddressRange.parse("0.0.0.0/0").contains("::1"), "an IPv4 range holds no IPv6 address");
    }

    @Test
    void theDemoAccountsAcceptLoopbackOnly() {
        for (String loopback : new String[] {"127.0.0.1", "127.1.2.3", "::1", "0:0:0:0:0:0:0:1"}) {
            assertTrue(AddressRange.allows(LOOPBACK, loopback), loopback);
        }
        for (String outside : new String[] {"192.168.1.10", "10.0.0.1", "128.0.0.1", "::2", "fe80::1", "", "host"}) {
            assertFalse(AddressRange.allows(LOOPBACK, outside), outside);
        }
    }

    @Test
    void aBlankListAllowsAnyAndAnUnreadableListAllowsNone() {
        assertTrue(AddressRange.allows(null, "198.51.100.4"));
        assertTrue(AddressRange.allows(" ", "198.51.100.4"));
        assertFalse(AddressRange.allows("10/8", "10.0.0.1"), "a stored range the strict parser refuses admits nobody");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "10/8",
                "10.1/16",
                "10.0.0/24",
                "cafe",
                "dead.beef",
                "beef:",
                "localhost",
                "example.org",
                "0x7f.0.0.1",
                "127.0.0.01",
                "256.1.1.1",
                "1.2.3.4.5",
                "1.2.3.4/33",
                "1.2.3.4/-1",
                "1.2.3.4/+8",
                "1.2.3.4/",
                "::1/129",
                "fe80::1%eth0",
                "1:2:3",
                "::g",
                "",
                "/8",
                "1.2.3.4/8x"
            })
    void anythingButANumericAddressOrCidrRangeIsRefused(String text) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> AddressRange.parse(text));
        assertTrue(refused.getMessage().contains("'" + text.trim() + "'"), refused.getMessage());
    }

    @Test
    void hostBitsAfterThePrefixAreRefusedNamingTheRange() {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> AddressRange.parse("192.168.1.7/24"));
        assertTrue(refused.getMessage().contains("192.168.1.0/24"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AddressRange.parse("fd00::1/8"));
    }

    @Test
    void aListIsCommaSeparated() {
        assertEquals(2, AddressRange.parseList(" 127.0.0.0/8 , ::1 ").size());
        assertThrows(IllegalArgumentException.class, () -> AddressRange.parseList("127.0.0.0/8, cafe"));
    }
}
