-- A console user whose password must be changed at the next sign-in (the one-time admin password).
ALTER TABLE console_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
