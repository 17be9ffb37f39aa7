-- A notification is addressed either to one user (recipient_id) or to everyone who holds a
-- role when they read it (audience_role): a breach told to "the managers" reaches a manager
-- created, or given the role, after it was sent. Read state is per reader
-- (notification_read), so one manager reading it leaves it unread for the others.
create table notification_read (
    notification_id bigint not null references notification (id) on delete cascade,
    user_id         bigint not null references app_user (id),
    read_at         timestamp with time zone not null,
    primary key (notification_id, user_id)
);

alter table notification alter column recipient_id drop not null;
alter table notification add column audience_role varchar(32);

-- Breaches already fanned out to the managers of the day become one notification to the
-- role; each manager keeps whether they had read their copy.
insert into notification (audience_role, kind, text_key, text_args, link, created_at)
select 'MANAGER', kind, text_key, text_args, link, min(created_at) from notification
where recipient_id is not null and kind like 'complaint.breach.%'
group by kind, text_key, text_args, link;

insert into notification_read (notification_id, user_id, read_at)
select g.id, n.recipient_id, min(n.read_at)
from notification n
join notification g on g.audience_role = 'MANAGER' and g.kind = n.kind
    and g.text_key is not distinct from n.text_key and g.text_args is not distinct from n.text_args
    and g.link is not distinct from n.link
where n.recipient_id is not null and n.kind like 'complaint.breach.%' and n.read_at is not null
group by g.id, n.recipient_id;

insert into notification_read (notification_id, user_id, read_at)
select id, recipient_id, read_at from notification
where recipient_id is not null and read_at is not null and kind not like 'complaint.breach.%';

delete from notification where recipient_id is not null and kind like 'complaint.breach.%';

alter table notification drop column read_at;
alter table notification add constraint ck_notification_addressee
    check ((recipient_id is null) <> (audience_role is null));
create index ix_notification_audience on notification (audience_role, created_at, id);
