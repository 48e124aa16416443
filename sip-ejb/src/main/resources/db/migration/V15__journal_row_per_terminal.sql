-- The journal keeps one row per terminal account (V5), now changed in place by each
-- state-changing request: one UPDATE by the account instead of a delete and an insert that changed
-- the identity and four B-trees (docs/performance.md, "Fourth round"). Requests of one account are
-- serialized by the lock on its terminal_account row (docs/security.md), so the unique digest is
-- no longer needed, and a purge or a look-up by account needs no other index. Compatible with the
-- release before (docs/operations.md, "Upgrading a cluster without stopping the kiosks"): it
-- deleted and inserted the account's one row, which the unique account index allows, and it reads
-- the row by account, which that index serves.
DELETE FROM sip_journal
WHERE id < (SELECT MAX(k.id) FROM sip_journal k WHERE k.terminal = sip_journal.terminal);
ALTER TABLE sip_journal DROP CONSTRAINT sip_journal_request;
DROP INDEX sip_journal_latest;
DROP INDEX sip_journal_age;
CREATE UNIQUE INDEX sip_journal_terminal ON sip_journal (terminal);
