package org.sip2.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void loginPasswordTerminalPasswordAndPinAreMasked() {
        assertEquals("9300CNterm1|CO***|CPCPL|", Secrets.mask("9300CNterm1|COterm1|CPCPL|", '|'));
        assertEquals(
                "2300120240315    143022AOMAIN|AA2123|AC***|AD***|AY2AZF1B1",
                Secrets.mask("2300120240315    143022AOMAIN|AA2123|ACsecret|AD1234|AY2AZF1B1", '|'));
    }

    @Test
    void emptySecretsStayEmptyAndFixedPartsAreNotMistakenForFields() {
        assertEquals(
                "6300020060329    201700Y         AOCPL|AAterm1|AC|AD***|",
                Secrets.mask("6300020060329    201700Y         AOCPL|AAterm1|AC|ADterm1|", '|'));
        assertEquals("9300CNx^CO***", Secrets.mask("9300CNx^COpw", '^'));
    }

    @Test
    void anotherDelimiterThanTheOneExpectedIsMaskedToo() {
        // Before login the server expects |; this terminal uses ^.
        assertEquals("9300CNsc^CO***^CPFFZG^", Secrets.mask("9300CNsc^COs3cret|x^CPFFZG^", '|'));
        assertEquals(
                "2300120240315    143022AOCPL~AA1~AC***~AD***~",
                Secrets.mask("2300120240315    143022AOCPL~AA1~ACt~ADp~", '|'));
    }

    @Test
    void aSecretRightAfterTheFixedPartIsMaskedWhateverTheDelimiter() {
        assertEquals("9300CO***|CNterm1|", Secrets.mask("9300COterm1|CNterm1|", '|'));
        assertEquals("9300CO***", Secrets.mask("9300COs3cret^CNterm1^", '|'), "to the end: the delimiter is unknown");
    }

    @Test
    void leadingNoiseDoesNotHideASecret() {
        assertEquals(
                "\u00ff\u00fb\u0001garbage9300CNterm1|CO***|CPCPL|",
                Secrets.mask("\u00ff\u00fb\u0001garbage9300CNterm1|COs3cret|CPCPL|", '|'));
        // Noise that starts like a message with a long fixed part (17: 18 characters) must not skip the password.
        assertEquals("179300CNterm1|CO***|CPCPL|", Secrets.mask("179300CNterm1|COs3cret|CPCPL|", '|'));
        assertEquals("xx9300CO***", Secrets.mask("xx9300COs3cret", '|'));
    }

    @Test
    void theSipLogAlsoMasksTheLoginId() {
        assertEquals("9300CN***|CO***|CPCPL|", Secrets.forLog("9300CNs3cret|COterm1|CPCPL|", '|'));
        assertEquals(
                "2300120240315    143022AOCPL|AA1|AC|AD***|",
                Secrets.forLog("2300120240315    143022AOCPL|AA1|AC|ADp|", '|'));
    }

    @Test
    void recordsPrintNoSecret() {
        LoginRequest login = (LoginRequest) new SipCodec().parse("9300CNterm1|COs3cretPass|CPCPL|");
        assertEquals(
                "LoginRequest[uidAlgorithm=0, pwdAlgorithm=0, loginUserId=term1, loginPassword=***,"
                        + " locationCode=CPL]",
                login.toString());
        String checkout = new SipCodec()
                .parse("11YN20240315    143022" + " ".repeat(18) + "AOCPL|AA1|AB2|ACt3rminal|ADp1n|")
                .toString();
        assertTrue(checkout.contains("terminalPassword=***") && checkout.contains("patronPassword=***"), checkout);
        FeePaidRequest fee = new FeePaidRequest(
                SipDate.BLANK,
                FeeType.OVERDUE,
                null,
                "USD",
                new BigDecimal("1.00"),
                "CPL",
                "1",
                "t3rminal",
                "p1n",
                null,
                null);
        for (SipRequest request : new SipRequest[] {login, fee}) {
            for (String secret : new String[] {"s3cretPass", "t3rminal", "p1n"}) {
                assertFalse(request.toString().contains(secret), request.toString());
            }
        }
    }
}
