-- A listener may belong to one server instance, named by that instance's sip.instance.name (docs/operations.md,
-- "Listeners and TLS"); empty: every instance binds it, as before.
ALTER TABLE sip_listener ADD COLUMN instance_name VARCHAR(64) DEFAULT '' NOT NULL;
