package org.sip2.server.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** The response given to one state-changing request of one terminal. */
@Entity
@Table(name = "sip_journal")
@NamedQuery(name = "JournalEntry.find", query = "select j from JournalEntry j where j.terminal = :terminal and j.requestKey = :key")
@NamedQuery(name = "JournalEntry.latestOfTerminal", query = "select max(j.id) from JournalEntry j where j.terminal = :terminal")
@NamedQuery(name = "JournalEntry.purge", query = "delete from JournalEntry j where j.createdAt < :before")
public class JournalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String terminal;

    @Column(name = "request_key", nullable = false)
    private String requestKey;

    @Column(name = "message_type", nullable = false, length = 2)
    private String messageType;

    @Column(nullable = false, length = 8000)
    private String response;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected JournalEntry() {
    }

    JournalEntry(String terminal, String requestKey, String messageType, String response, LocalDateTime createdAt) {
        this.terminal = terminal;
        this.requestKey = requestKey;
        this.messageType = messageType;
        this.response = response;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getResponse() {
        return response;
    }

    LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
