package org.sip2.server.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CommandsPrintNoPinTest {

    @Test
    void commandsPrintNoPin() {
        PaymentCommand payment =
                new PaymentCommand("2352", "p1n-Secret", new BigDecimal("1.00"), "USD", null, "00", null, null);
        assertEquals(
                "PaymentCommand[patron=2352, pin=***, amount=1.00, currency=USD, feeType=null, paymentType=00,"
                        + " feeId=null, transactionId=null]",
                payment.toString());
        for (Object command : new Object[] {
            payment,
            new CheckoutCommand("2352", "p1n-Secret", "3999", true, false, null, null, false, false),
            new RenewCommand("2352", "p1n-Secret", "3999", null, false, false, null, null, false),
            new HoldCommand(null, "2352", "p1n-Secret", "3999", null, null, null, null, false)
        }) {
            assertFalse(command.toString().contains("p1n-Secret"), command.toString());
        }
    }
}
