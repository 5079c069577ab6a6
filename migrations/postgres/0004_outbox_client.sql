-- Which client an outbox row is about (a relayed message, a notice concerning them), so
-- that deleting a client also removes what is still waiting to be sent about them.
ALTER TABLE outbox ADD COLUMN client_id BIGINT;
CREATE INDEX outbox_client ON outbox (client_id);
