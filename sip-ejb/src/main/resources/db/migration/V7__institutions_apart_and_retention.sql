-- Consortium sharing: an institution lets the terminals of its partners serve its patrons and
-- items (under its own policy and loan rules). Without a row, institutions are kept apart.
CREATE TABLE institution_share (
    institution_id VARCHAR(32) NOT NULL REFERENCES institution (id),   -- the owner of the records
    partner_id     VARCHAR(32) NOT NULL REFERENCES institution (id),   -- whose terminals may serve them
    CONSTRAINT institution_share_pk PRIMARY KEY (institution_id, partner_id)
);
