-- Student registry (學籍資料): the embedded registry, filled by CSV/Excel imports and the demo data.
-- In HTTP mode it keeps the last answer per student instead, so the next lookup can notice a transfer.
-- school_code has no foreign key on purpose: an HTTP registry may name schools this system does not
-- host (a student who moved to such a school is exactly what a transfer check must be able to see).
create table registry_student (
  national_id        varchar(10)  not null primary key,
  name               varchar(50)  not null,
  birth_date         date         not null,
  gender             varchar(1)   not null,
  school_code        varchar(6)   not null,
  student_no         varchar(20)  not null,
  department         varchar(30)  not null,
  grade              varchar(10)  not null,
  class_name         varchar(20)  not null,
  guardian_name      varchar(50),
  guardian_relation  varchar(10),
  guardian_phone     varchar(20),
  address            varchar(200) not null,
  updated_at         timestamp    not null
);
create index ix_registry_student_school on registry_student (school_code);
