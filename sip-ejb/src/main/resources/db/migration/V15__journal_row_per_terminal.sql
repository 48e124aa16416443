-- The journal keeps one row per terminal account (V5), changed in place by each state-changing
-- request: keyed by the account, without the identity, the delete and insert and the three indexes
-- that every checkout and checkin wrote before (docs/performance.md, "Fourth round"). Requests of
-- one account are already serialized by the lock on its terminal_account row (docs/security.md).
CREATE TABLE sip_journal_by_terminal (
    terminal       VARCHAR(64)   NOT NULL PRIMARY KEY,
    request_digest CHAR(64)      NOT NULL,   -- SHA-256 of every byte of the request, hex
    message_type   CHAR(2)       NOT NULL,
    response       VARCHAR(1000000) NOT NULL,   -- a 66 or 64 can list hundreds of items
    created_at     TIMESTAMP     NOT NULL
);

INSERT INTO sip_journal_by_terminal (terminal, request_digest, message_type, response, created_at)
SELECT j.terminal, j.request_digest, j.message_type, j.response, j.created_at
FROM sip_journal j
WHERE j.id = (SELECT MAX(k.id) FROM sip_journal k WHERE k.terminal = j.terminal);

DROP TABLE sip_journal;

ALTER TABLE sip_journal_by_terminal RENAME TO sip_journal;
