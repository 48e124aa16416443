package org.sip2.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void loginPasswordTerminalPasswordAndPinAreMasked() {
        assertEquals("9300CNterm1|CO***|CPCPL|", Secrets.mask("9300CNterm1|COterm1|CPCPL|", '|'));
        assertEquals("2300120240315    143022AOMAIN|AA2123|AC***|AD***|AY2AZF1B1",
                Secrets.mask("2300120240315    143022AOMAIN|AA2123|ACsecret|AD1234|AY2AZF1B1", '|'));
    }

    @Test
    void emptySecretsStayEmptyAndFixedPartsAreNotMistakenForFields() {
        assertEquals("6300020060329    201700Y         AOCPL|AAterm1|AC|AD***|",
                Secrets.mask("6300020060329    201700Y         AOCPL|AAterm1|AC|ADterm1|", '|'));
        assertEquals("9300CNx^CO***", Secrets.mask("9300CNx^COpw", '^'));
    }
}
