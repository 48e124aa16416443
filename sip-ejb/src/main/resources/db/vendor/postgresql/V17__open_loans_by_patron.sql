-- A patron's open loans are found by open_patron_id: patron_id while the loan is open, NULL once
-- returned, computed by the database, so that an instance of the release before, which does not
-- know the column, writes loans right during a rolling upgrade (the H2 form of this migration says
-- why the column exists). Adding a stored column rewrites the table under a lock: loans wait for
-- it during the upgrade (docs/operations.md, "Upgrading a cluster without stopping the kiosks").
-- The index holds open loans only. loan_by_patron stays: on PostgreSQL a foreign key has no index
-- of its own, and deleting a patron or reading their history needs it.
ALTER TABLE loan ADD COLUMN open_patron_id BIGINT
    GENERATED ALWAYS AS (CASE WHEN returned_at IS NULL THEN patron_id END) STORED;
CREATE INDEX loan_open_by_patron ON loan (open_patron_id) WHERE open_patron_id IS NOT NULL;
