create table member (
    id           uuid primary key,
    number       varchar(20)  not null unique,
    name         varchar(200) not null,
    kind         varchar(20)  not null check (kind in ('RETAILER', 'SUPPLIER', 'MANUFACTURER', 'SERVICE_PROVIDER')),
    standing     varchar(20)  not null check (standing in ('ACTIVE', 'GRACE', 'LAPSED', 'SUSPENDED')),
    member_since date         not null,
    version      bigint       not null,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null
);

create table member_location (
    member_id uuid         not null references member (id) on delete cascade,
    position  int          not null,
    address   varchar(200) not null,
    city      varchar(100) not null,
    state     varchar(2)   not null,
    zip       varchar(5)   not null,
    primary key (member_id, position)
);
