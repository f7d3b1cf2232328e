-- Register numbers of certified copies (số chứng thực): per issuing unit and year, consecutive, no gaps, no
-- duplicates. One row per unit and year holds the last number given; issuing locks it.
create table copy_register (
    unit_code     varchar(10) not null,
    register_year integer     not null,
    last_no       integer     not null,
    primary key (unit_code, register_year)
);
