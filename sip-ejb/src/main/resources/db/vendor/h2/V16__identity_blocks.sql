-- H2 hands out an identity's values from a block kept in memory, and writes where the next block
-- starts with a commit of its own system session; every insert into the table waits for that
-- commit, which queues behind the requests' commits. With blocks of 32 the transaction log (a row
-- per request) and the loans wrote a block every few dozen rows, and under load checkouts and
-- checkins waited seconds behind it (JFR: Sequence.flush, docs/performance.md, "Fourth round").
-- With blocks of a million that happens once per million rows. A clean stop keeps the count; after
-- a crash the rest of the block is skipped, which only leaves a gap in the ids.
ALTER TABLE sip_transaction ALTER COLUMN id SET CACHE 1000000;
ALTER TABLE loan ALTER COLUMN id SET CACHE 1000000;
