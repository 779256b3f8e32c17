--liquibase formatted sql
--changeset hank:more-1 labels:more
CREATE TABLE more_1 (id INT);
--rollback DROP TABLE more_1;
