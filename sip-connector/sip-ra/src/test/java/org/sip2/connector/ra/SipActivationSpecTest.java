package org.sip2.connector.ra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.resource.spi.InvalidPropertyException;
import org.junit.jupiter.api.Test;
import org.sip2.connector.api.ListenerDefinition;

/** The MDB's activation properties as the adapter reads them outside Payara (docs/deployment.md). */
class SipActivationSpecTest {

    @Test
    void tlsSettingsComeFromMicroProfileConfigExpressionsLikeTheOthers() {
        System.setProperty("sip.it.tls.keystore", "/etc/sip2/server.p12");
        try {
            SipActivationSpec spec = new SipActivationSpec();
            spec.setTlsKeystore("${MPCONFIG=sip.it.tls.keystore:}");
            spec.setTlsTruststore("${MPCONFIG=sip.it.tls.truststore:/etc/sip2/trust.p12}");
            assertEquals("/etc/sip2/server.p12", spec.getTlsKeystore());
            assertEquals("/etc/sip2/trust.p12", spec.getTlsTruststore());
        } finally {
            System.clearProperty("sip.it.tls.keystore");
        }
    }

    @Test
    void theDefaultsMakeAValidListener() throws InvalidPropertyException {
        SipActivationSpec spec = new SipActivationSpec();
        spec.validate();
        ListenerDefinition listener = spec.toDefinition();
        assertEquals(6001, listener.port());
        assertEquals(1000, listener.maxConnectionsPerAddress());
        assertEquals(1024, listener.maxFrameLengthBeforeLogin());
    }

    @Test
    void aSettingThatIsNotAWholeNumberOrOutOfRangeRefusesTheActivationSayingWhich() {
        SipActivationSpec port = new SipActivationSpec();
        port.setPort("70000");
        assertTrue(assertThrows(InvalidPropertyException.class, port::validate)
                .getMessage()
                .contains("port 70000"));
        SipActivationSpec timeout = new SipActivationSpec();
        timeout.setLoginTimeoutSeconds("-5");
        assertTrue(assertThrows(InvalidPropertyException.class, timeout::validate)
                .getMessage()
                .contains("loginTimeoutSeconds must be a whole number"));
        SipActivationSpec charset = new SipActivationSpec();
        charset.setDefaultCharset("no-such-charset");
        assertTrue(assertThrows(InvalidPropertyException.class, charset::validate)
                .getMessage()
                .contains("character set no-such-charset"));
    }

    @Test
    void tooSmallLimitsAreRaisedToTheirMinimumInsteadOfRefused() {
        SipActivationSpec spec = new SipActivationSpec();
        spec.setMaxFrameLength("10");
        spec.setMaxFrameLengthBeforeLogin("100000");
        spec.setMaxConnections("0");
        ListenerDefinition listener = spec.toDefinition();
        assertEquals(64, listener.maxFrameLength());
        assertEquals(64, listener.maxFrameLengthBeforeLogin(), "never more than the frame length after login");
        assertEquals(1, listener.maxConnections());
        spec.setRequestsAtOnce("0");
        assertEquals(1, spec.requestsAtOnce());
    }

    @Test
    void sixteenRequestsAtOnceUnlessConfigured() {
        SipActivationSpec spec = new SipActivationSpec();
        assertEquals(16, spec.requestsAtOnce());
        spec.setRequestsAtOnce("64");
        assertEquals(64, spec.requestsAtOnce());
    }
}
