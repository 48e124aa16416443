-- Nothing to change on PostgreSQL: its sequences do not make an insert wait for a commit of their
-- own (the H2 form of this migration explains why H2 needs larger blocks). A per-session cache
-- here would also hand out ids out of order across connections.
SELECT 1;
