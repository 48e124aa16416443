-- The journal asks for a terminal's latest entry on every state-changing request.
CREATE INDEX sip_journal_latest ON sip_journal (terminal, id);
