package org.sip2.connector.ra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigExpressionTest {

    private static final Map<String, String> ENV = Map.of("SIP_PORT", "7001", "SIP_LOG_FILE", "/var/log/sip.log");

    private static String resolve(String value, Map<String, String> properties) {
        return ConfigExpression.resolve(value, properties::get, ENV);
    }

    @Test
    void aSystemPropertyComesFirstThenTheEnvironmentThenTheDefault() {
        assertEquals("8001", resolve("${MPCONFIG=sip.port:6001}", Map.of("sip.port", "8001")));
        assertEquals("7001", resolve("${MPCONFIG=sip.port:6001}", Map.of()));
        assertEquals("/var/log/sip.log", resolve("${MPCONFIG=sip.log.file:logs/sip.log}", Map.of()));
        assertEquals("0.0.0.0", resolve("${MPCONFIG=sip.bind.address:0.0.0.0}", Map.of()));
    }

    @Test
    void anEmptyDefaultIsAValueAndAPlainValueIsKept() {
        assertEquals("", resolve("${MPCONFIG=sip.nothing:}", Map.of()));
        assertEquals("127.0.0.1", resolve("127.0.0.1", Map.of()));
        assertEquals(null, resolve(null, Map.of()));
    }

    @Test
    void withoutValueOrDefaultTheSettingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> resolve("${MPCONFIG=sip.nothing}", Map.of()));
    }
}
