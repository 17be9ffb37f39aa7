-- The registry finds a publication by listener and serialized event (as in the jar's schema-h2.sql).
create index event_publication_by_listener_id_and_serialized_event_idx
    on event_publication (listener_id, serialized_event);
