-- Security (issue 11): the per-address sign-in throttle counts the recent failed sign-ins of an address
-- in the visit log at every sign-in; this index keeps that count cheap.
CREATE INDEX ix_visit_event_ip_time ON visit_event (ip_address, occurred_at);
