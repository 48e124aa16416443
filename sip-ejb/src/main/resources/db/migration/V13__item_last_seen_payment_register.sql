-- Koha's register_id: the cash register a payment is booked to.
-- Koha's datelastseen: when a terminal with seen_on_item_information last asked about the item.
ALTER TABLE item ADD COLUMN last_seen_at TIMESTAMP;
ALTER TABLE payment ADD COLUMN register_id VARCHAR(64);
