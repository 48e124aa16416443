-- Patron PINs: which terminal accounts must send one, and the guessing limit per card.

-- On for every account unless an admin turns it off for a trusted station (sorter, staff desk).
ALTER TABLE terminal_account ADD COLUMN patron_pin_required BOOLEAN DEFAULT TRUE NOT NULL;

-- PIN attempts in a row not proven right, per patron, and until when the card is locked for SIP
-- (NULL = not locked). Written in short transactions of their own while a request's transaction
-- is suspended; without a foreign key, so that no lock the request holds on the patron is waited for.
CREATE TABLE pin_lock (
    patron_id    BIGINT    PRIMARY KEY,
    failures     INTEGER   NOT NULL DEFAULT 0,
    locked_until TIMESTAMP
);
