create table member_firm (
    id            uuid primary key,
    number        varchar(20)  not null,
    name          varchar(200) not null,
    kind          varchar(20)  not null,
    standing      varchar(20)  not null,
    good_standing boolean      not null,
    left_at       timestamptz,
    city          varchar(100),
    state         varchar(2),
    updated_at    timestamptz  not null
);
