-- The collection an item belongs to (Koha's ccode), filled by the catalogue import.
ALTER TABLE item ADD COLUMN collection VARCHAR(64);
