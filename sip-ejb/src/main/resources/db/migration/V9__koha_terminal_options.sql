-- Koha migration: behaviour options per terminal account (Koha's names), the institution's policy
-- mode, and the patron and item properties vendors expect in responses.
CREATE TABLE terminal_account_option (
    account_id   BIGINT        NOT NULL REFERENCES terminal_account (id) ON DELETE CASCADE,
    name         VARCHAR(64)   NOT NULL,
    option_value VARCHAR(4000) NOT NULL,
    CONSTRAINT terminal_account_option_pk PRIMARY KEY (account_id, name)
);

-- ENFORCE: the policy's flags refuse what they forbid; ADVERTISE: they are only reported in the 98 (as Koha does).
ALTER TABLE institution ADD COLUMN policy_mode VARCHAR(16) DEFAULT 'ENFORCE' NOT NULL;

ALTER TABLE patron ADD COLUMN birth_date DATE;
ALTER TABLE item ADD COLUMN collection_code VARCHAR(32);
