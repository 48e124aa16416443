-- Koha's datelastseen: when a terminal with seen_on_item_information last asked about the item.
ALTER TABLE item ADD COLUMN last_seen_at TIMESTAMP;
