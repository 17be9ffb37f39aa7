-- The registry finds a publication by its serialized event (as in the jar's schema-postgresql.sql):
-- a hash index, since a b-tree refuses values longer than about 2.7 kB.
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
