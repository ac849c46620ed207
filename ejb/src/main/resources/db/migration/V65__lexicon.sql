-- The local dictionary and synonym groups (本地词典、同义词), edited while Briefdesk runs (系统设置 → 词典与同义词).
-- Seeded from the classpath files they replace (org/briefdesk/search/local-terms.txt, synonyms.txt);
-- the term 12345市民服务热线 and its group with 接诉即办 are not carried over: the tokenizer matches local words only
-- inside runs of Han characters, so a word with digits never matched. Unit names and short names are
-- not rows here: they are read from the unit table whenever the dictionary is published.
-- lexicon_change is the history (and audit trail) of every change, with the state before and after,
-- so a change can be undone. Runs unchanged on H2 and PostgreSQL.
create table lexicon_term (
    id       bigint primary key,
    version  bigint not null,
    word     varchar(20) not null unique,
    pos      varchar(4) not null
);
create table synonym_group (
    id       bigint primary key,
    version  bigint not null,
    words    varchar(400) not null
);
create table lexicon_change (
    id          bigint primary key,
    at          timestamp with time zone not null,
    actor_id    bigint references account (id),
    actor_name  varchar(30) not null,
    subject     varchar(10) not null,
    subject_id  bigint not null,
    before_state varchar(400),
    after_state  varchar(400),
    undoes_id   bigint references lexicon_change (id),
    undone_by_id bigint references lexicon_change (id)
);
create index ix_lexicon_change_subject on lexicon_change (subject, subject_id);

insert into lexicon_term (id, version, word, pos) values (1, 0, '创建首都文明区', 'nz');
insert into lexicon_term (id, version, word, pos) values (2, 0, '首都文明区', 'nz');
insert into lexicon_term (id, version, word, pos) values (3, 0, '文明区创建', 'nz');
insert into lexicon_term (id, version, word, pos) values (4, 0, '创建文明城区', 'nz');
insert into lexicon_term (id, version, word, pos) values (5, 0, '文明城区', 'nz');
insert into lexicon_term (id, version, word, pos) values (6, 0, '创城', 'nz');
insert into lexicon_term (id, version, word, pos) values (7, 0, '接诉即办', 'nz');
insert into lexicon_term (id, version, word, pos) values (8, 0, '未诉先办', 'nz');
insert into lexicon_term (id, version, word, pos) values (9, 0, '吹哨报到', 'nz');
insert into lexicon_term (id, version, word, pos) values (10, 0, '街乡吹哨', 'nz');
insert into lexicon_term (id, version, word, pos) values (11, 0, '部门报到', 'nz');
insert into lexicon_term (id, version, word, pos) values (12, 0, '垃圾分类', 'nz');
insert into lexicon_term (id, version, word, pos) values (13, 0, '桶前值守', 'nz');
insert into lexicon_term (id, version, word, pos) values (14, 0, '光盘行动', 'nz');
insert into lexicon_term (id, version, word, pos) values (15, 0, '文明餐桌', 'nz');
insert into lexicon_term (id, version, word, pos) values (16, 0, '文明引导', 'nz');
insert into lexicon_term (id, version, word, pos) values (17, 0, '文明劝导', 'nz');
insert into lexicon_term (id, version, word, pos) values (18, 0, '背街小巷', 'nz');
insert into lexicon_term (id, version, word, pos) values (19, 0, '小巷管家', 'nz');
insert into lexicon_term (id, version, word, pos) values (20, 0, '街巷长', 'nz');
insert into lexicon_term (id, version, word, pos) values (21, 0, '疏整促', 'nz');
insert into lexicon_term (id, version, word, pos) values (22, 0, '志愿服务', 'nz');
insert into lexicon_term (id, version, word, pos) values (23, 0, '学雷锋', 'nz');
insert into lexicon_term (id, version, word, pos) values (24, 0, '道德讲堂', 'nz');
insert into lexicon_term (id, version, word, pos) values (25, 0, '新时代文明实践', 'nz');
insert into lexicon_term (id, version, word, pos) values (26, 0, '文明实践站', 'nz');
insert into lexicon_term (id, version, word, pos) values (27, 0, '网格员', 'nz');
insert into lexicon_term (id, version, word, pos) values (28, 0, '老旧小区', 'nz');
insert into lexicon_term (id, version, word, pos) values (29, 0, '停车治理', 'nz');
insert into lexicon_term (id, version, word, pos) values (30, 0, '文明交通', 'nz');
insert into lexicon_term (id, version, word, pos) values (31, 0, '礼让斑马线', 'nz');
insert into lexicon_term (id, version, word, pos) values (32, 0, '六大文明行动', 'nz');
insert into lexicon_term (id, version, word, pos) values (33, 0, '礼仪文明', 'nz');
insert into lexicon_term (id, version, word, pos) values (34, 0, '环境文明', 'nz');
insert into lexicon_term (id, version, word, pos) values (35, 0, '秩序文明', 'nz');
insert into lexicon_term (id, version, word, pos) values (36, 0, '服务文明', 'nz');
insert into lexicon_term (id, version, word, pos) values (37, 0, '观摩文明', 'nz');
insert into lexicon_term (id, version, word, pos) values (38, 0, '网络文明', 'nz');
insert into lexicon_term (id, version, word, pos) values (39, 0, '社情民意', 'nz');
insert into lexicon_term (id, version, word, pos) values (40, 0, '中关村科学城', 'nz');
create sequence lexicon_term_seq start with 1001 increment by 50;
insert into synonym_group (id, version, words) values (1, 0, '创城,创建文明城区,文明城区创建');
insert into synonym_group (id, version, words) values (2, 0, '文明区创建,创建文明区,创建首都文明区');
insert into synonym_group (id, version, words) values (3, 0, '光盘行动,文明餐桌');
insert into synonym_group (id, version, words) values (4, 0, '背街小巷,小巷');
insert into synonym_group (id, version, words) values (5, 0, '文明引导,文明劝导');
create sequence synonym_group_seq start with 1001 increment by 50;
create sequence lexicon_change_seq start with 1 increment by 50;
