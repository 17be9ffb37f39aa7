-- Spring Modulith's event publication registry (2.0.3, schema v2; see docs/events.md).
-- Columns as in spring-modulith-events-jdbc's schemas/v2/schema-{h2,postgresql}.sql, written
-- once for both databases: serialized_event is unbounded on H2 too (the jar's H2 schema
-- stops at 4000 characters; a record event carries old and new values of fields of up to
-- 8000). The index on serialized_event differs per database (V20_1 in db/vendor).
-- spring.modulith.events.jdbc.schema-initialization stays off: Flyway owns this table.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            varchar(512)             not null,
    event_type             varchar(512)             not null,
    serialized_event       varchar                  not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);

create index event_publication_by_completion_date_idx on event_publication (completion_date);
