package org.sip2.it;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.sip2.protocol.SipDate;

/** Requests as a self-check terminal writes them; each gets its own transaction time, as a real SC's clock gives. */
final class Sip {

    private static final AtomicInteger CLOCK = new AtomicInteger();
    private static final String NO_DATE = " ".repeat(18);

    private Sip() {}

    /** A distinct transaction date per request, so that no two requests are mistaken for a retransmission. */
    static String now() {
        return SipDate.local(LocalDateTime.of(2026, 1, 1, 0, 0).plusSeconds(CLOCK.incrementAndGet()))
                .text();
    }

    static String date(LocalDateTime time) {
        return SipDate.local(time).text();
    }

    static String checkout(String patron, String pin, String item, boolean renewalPolicy, String feeAcknowledged) {
        return "11" + (renewalPolicy ? "Y" : "N") + "N" + now() + NO_DATE + "AOCPL|AA" + patron + "|AB" + item
                + "|AC|AD" + pin + "|" + (feeAcknowledged == null ? "" : "BO" + feeAcknowledged + "|");
    }

    /** A checkout the SC stored while off line, with the PIN the patron gave then. */
    static String offlineCheckout(
            String institution, String patron, String pin, String item, LocalDateTime when, LocalDateTime due) {
        return "11NY" + date(when) + date(due) + "AO" + institution + "|AA" + patron + "|AB" + item + "|AC|AD" + pin
                + "|";
    }

    static String checkin(String item) {
        return "09N" + now() + NO_DATE + "APCPL|AOCPL|AB" + item + "|AC|";
    }

    static String offlineCheckin(String institution, String item, LocalDateTime returned) {
        return "09Y" + date(returned) + date(returned) + "AP" + institution + "|AO" + institution + "|AB" + item
                + "|AC|";
    }

    static String renew(String patron, String pin, String item) {
        return "29NN" + now() + NO_DATE + "AOCPL|AA" + patron + "|AD" + pin + "|AB" + item + "|AC|";
    }

    static String hold(char mode, String patron, String pin, String itemOrTitleField) {
        return "15" + mode + now() + "AOCPL|AA" + patron + "|AD" + pin + "|" + itemOrTitleField + "|AC|";
    }

    static String itemInformation(String item) {
        return "17" + now() + "AOCPL|AB" + item + "|AC|";
    }

    static String patronStatus(String institution, String patron, String pin) {
        return "23000" + now() + "AO" + institution + "|AA" + patron + "|AC|AD" + pin + "|";
    }

    static String chargedItems(String patron, String pin) {
        return "63000" + now() + "  Y       AOCPL|AA" + patron + "|AC|AD" + pin + "|";
    }

    static String fineItems(String institution, String patron, String pin) {
        return "63000" + now() + "   Y      AO" + institution + "|AA" + patron + "|AC|AD" + pin + "|";
    }

    static String feePaid(String institution, String currency, String patron, String pin, String amount, String feeId) {
        return "37" + now() + "0400" + currency + "BV" + amount + "|AO" + institution + "|AA" + patron + "|AC|AD" + pin
                + "|" + (feeId == null ? "" : "CG" + feeId + "|") + "BKDEVICE-1|";
    }

    /** Demo items from {@code first} on that are books (no rental fee): the demo data's media repeat every ten. */
    static List<String> books(String prefix, int first, int count) {
        List<String> books = new ArrayList<>();
        for (int i = first; books.size() < count; i++) {
            if (List.of(0, 1, 2, 3, 5, 7).contains((i - 1) % 10)) {
                books.add(prefix + String.format("%03d", i));
            }
        }
        return books;
    }
}
