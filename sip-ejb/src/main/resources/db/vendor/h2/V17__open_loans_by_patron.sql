-- A patron's open loans (read by every 23, 63, checkout and renewal) are found by open_patron_id:
-- patron_id while the loan is open, NULL once returned, computed by the database so that it is
-- right whatever writes the loan. Before, they were found with loan_by_patron (patron_id,
-- returned_at), but H2 also has the index of loan's foreign key to patron (patron_id alone) and,
-- on a young database, rates the two alike and takes the narrower one; a statement keeps its plan
-- for the connection's life, so each of these requests read the patron's whole loan history row
-- by row (JFR: 13 % of the server's CPU, docs/performance.md, "Fifth round"). open_patron_id has
-- one index, so there is nothing to choose. loan_by_patron goes (the foreign key's index serves
-- the look-ups of a patron's history), so a checkout or checkin changes as many indexes as before.
ALTER TABLE loan ADD COLUMN open_patron_id BIGINT
    GENERATED ALWAYS AS (CASE WHEN returned_at IS NULL THEN patron_id END);
CREATE INDEX loan_open_by_patron ON loan (open_patron_id);
DROP INDEX loan_by_patron;
