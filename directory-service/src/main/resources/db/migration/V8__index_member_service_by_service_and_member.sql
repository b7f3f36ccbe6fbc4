-- The search asks "does this member offer this service?" for each candidate (the primary key answers), or, when the
-- candidates are many, for the members offering a service: this index answers that from the index alone.
drop index member_service_service;
create index member_service_service_member on member_service (service, member_id);
