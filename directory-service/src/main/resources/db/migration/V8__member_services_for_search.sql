-- The search filters and counts firms by service on every search. It reads a copy of each firm's services kept
-- on the member row, so that a search near a point tests and counts them in the row it already reads instead of
-- probing member_service once per candidate. member_service stays the one place services are written (the Member
-- entity's collection); these statement-level triggers keep the copy equal to it in the same transaction, once per
-- statement however many rows it touched (a roster import or a COPY as well as a single edit).
alter table member add column services text[] not null default '{}';
create index member_services on member using gin (services);

create function member_services_refresh(p_members uuid[]) returns void
language sql as $$
    update member m
       set services = coalesce((select array_agg(s.service::text order by s.service)
                                  from member_service s where s.member_id = m.id), '{}')
     where m.id = any (p_members)
$$;

create function member_service_inserted() returns trigger language plpgsql as $$
begin
    perform member_services_refresh(array(select distinct member_id from inserted));
    return null;
end $$;

create function member_service_deleted() returns trigger language plpgsql as $$
begin
    perform member_services_refresh(array(select distinct member_id from deleted));
    return null;
end $$;

create function member_service_updated() returns trigger language plpgsql as $$
begin
    perform member_services_refresh(array(select member_id from deleted union select member_id from inserted));
    return null;
end $$;

create trigger member_service_insert after insert on member_service
    referencing new table as inserted for each statement execute function member_service_inserted();
create trigger member_service_delete after delete on member_service
    referencing old table as deleted for each statement execute function member_service_deleted();
create trigger member_service_update after update on member_service
    referencing old table as deleted new table as inserted for each statement execute function member_service_updated();

update member m set services = s.services
  from (select member_id, array_agg(service::text order by service) as services from member_service group by member_id) s
 where s.member_id = m.id;

-- Where the candidates are many (a state, a text search), the members offering a service come from this index.
drop index member_service_service;
create index member_service_service_member on member_service (service, member_id);
