package org.sip2.server.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The response given to the latest state-changing request of one terminal account: one row per account, replaced in
 * place by the account's next one.
 */
@Entity
@Table(name = "sip_journal")
@NamedQuery(name = "JournalEntry.ofTerminal", query = "select j from JournalEntry j where j.terminal = :terminal")
@NamedQuery(
        name = "JournalEntry.replace",
        query = "update JournalEntry j set j.requestDigest = :digest, j.messageType = :type, j.response = :response,"
                + " j.createdAt = :at where j.terminal = :terminal")
@NamedQuery(name = "JournalEntry.purge", query = "delete from JournalEntry j where j.createdAt < :before")
public class JournalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String terminal;

    @Column(name = "request_digest", nullable = false, length = 64)
    private String requestDigest;

    @Column(name = "message_type", nullable = false, length = 2)
    private String messageType;

    @Column(nullable = false, length = 1_000_000)
    private String response;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected JournalEntry() {}

    JournalEntry(String terminal, String requestDigest, String messageType, String response, LocalDateTime createdAt) {
        this.terminal = terminal;
        this.requestDigest = requestDigest;
        this.messageType = messageType;
        this.response = response;
        this.createdAt = createdAt;
    }

    /** Whether this entry answers a request with these bytes and this id, made no earlier than {@code since}. */
    boolean answers(String digest, String type, LocalDateTime since) {
        return requestDigest.equals(digest) && messageType.equals(type) && !createdAt.isBefore(since);
    }

    String getResponse() {
        return response;
    }
}
