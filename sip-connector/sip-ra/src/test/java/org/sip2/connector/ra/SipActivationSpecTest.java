package org.sip2.connector.ra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

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
}
