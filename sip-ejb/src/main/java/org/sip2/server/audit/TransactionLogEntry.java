package org.sip2.server.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One SIP transaction as the console lists it. */
@Entity
@Table(name = "sip_transaction")
@NamedQuery(
        name = "TransactionLogEntry.purge",
        query = "delete from TransactionLogEntry t where t.occurredAt < :before")
public class TransactionLogEntry {

    /** Whether the terminal's request was carried out. */
    public enum Outcome {
        OK,
        REFUSED
    }

    /** The message and response type of an entry that is no SIP exchange but an event on a card. */
    public static final String CARD_EVENT = "--";

    static final String NO_ADDRESS = "-";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    private String terminal;

    @Column(name = "remote_address", nullable = false)
    private String remoteAddress;

    @Column(name = "message_type", nullable = false, length = 2)
    private String messageType;

    @Column(name = "response_type", nullable = false, length = 2)
    private String responseType;

    private String patron;
    private String item;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(name = "screen_message")
    private String screenMessage;

    @Column(nullable = false)
    private int millis;

    protected TransactionLogEntry() {}

    public TransactionLogEntry(
            LocalDateTime occurredAt,
            String terminal,
            String remoteAddress,
            String messageType,
            String responseType,
            String patron,
            String item,
            Outcome outcome,
            String screenMessage,
            int millis) {
        this.occurredAt = occurredAt;
        this.terminal = terminal;
        this.remoteAddress = remoteAddress;
        this.messageType = messageType;
        this.responseType = responseType;
        this.patron = clip(patron, 64);
        this.item = clip(item, 64);
        this.outcome = outcome;
        this.screenMessage = clip(screenMessage, 255);
        this.millis = millis;
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getTerminal() {
        return terminal;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }

    public String getMessageType() {
        return messageType;
    }

    public String getResponseType() {
        return responseType;
    }

    public String getPatron() {
        return patron;
    }

    public String getItem() {
        return item;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getScreenMessage() {
        return screenMessage;
    }

    public int getMillis() {
        return millis;
    }
}
