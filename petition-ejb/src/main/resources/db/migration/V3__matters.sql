-- Petition matters: channels and issue categories (configuration, seeded here and editable later),
-- petitioners, matters with their representatives and timeline, and gap-free matter numbers.
-- Written once for both H2 (PostgreSQL mode) and PostgreSQL.

CREATE TABLE channel (
    code       VARCHAR(20) NOT NULL PRIMARY KEY,
    name       VARCHAR(40) NOT NULL,
    stat_group VARCHAR(10) NOT NULL CHECK (stat_group IN ('LETTER', 'VISIT', 'CALL', 'ONLINE')),
    transfer   BOOLEAN     NOT NULL,
    active     BOOLEAN     NOT NULL,
    sort_order INTEGER     NOT NULL,
    version    BIGINT      NOT NULL
);

INSERT INTO channel (code, name, stat_group, transfer, active, sort_order, version) VALUES ('LETTER', '来信', 'LETTER', FALSE, TRUE, 10, 0);
INSERT INTO channel (code, name, stat_group, transfer, active, sort_order, version) VALUES ('VISIT', '来访', 'VISIT', FALSE, TRUE, 20, 0);
INSERT INTO channel (code, name, stat_group, transfer, active, sort_order, version) VALUES ('CALL', '来电', 'CALL', FALSE, TRUE, 30, 0);
INSERT INTO channel (code, name, stat_group, transfer, active, sort_order, version) VALUES ('ONLINE', '网上信访', 'ONLINE', FALSE, TRUE, 40, 0);
INSERT INTO channel (code, name, stat_group, transfer, active, sort_order, version) VALUES ('HOTLINE_12345', '12345热线', 'CALL', FALSE, TRUE, 50, 0);
INSERT INTO channel (code, name, stat_group, transfer, active, sort_order, version) VALUES ('LEADER_MAILBOX', '领导信箱', 'ONLINE', FALSE, TRUE, 60, 0);
INSERT INTO channel (code, name, stat_group, transfer, active, sort_order, version) VALUES ('TRANSFER', '上级交办', 'LETTER', TRUE, TRUE, 70, 0);
INSERT INTO channel (code, name, stat_group, transfer, active, sort_order, version) VALUES ('RECEPTION_DAY', '领导接待日', 'VISIT', FALSE, TRUE, 80, 0);

CREATE TABLE issue_category (
    code        VARCHAR(20) NOT NULL PRIMARY KEY,
    name        VARCHAR(40) NOT NULL,
    parent_code VARCHAR(20) REFERENCES issue_category (code),
    active      BOOLEAN     NOT NULL,
    version     BIGINT      NOT NULL
);

INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('01', '政治综合', NULL, TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('02', '经济综合', NULL, TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('03', '宣传舆论', NULL, TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('04', '纪检监察', NULL, TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('05', '组织人事', NULL, TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('06', '政法', NULL, TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('07', '劳动社保', NULL, TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('08', '教育', NULL, TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('09', '卫生计生', NULL, TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('10', '科技文体', NULL, TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('11', '民政', NULL, TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('12', '农村农业', NULL, TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('13', '国土资源水利林业', NULL, TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('14', '城乡建设', NULL, TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('15', '交通能源环保', NULL, TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('16', '信息产业', NULL, TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('17', '商贸旅游', NULL, TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('18', '其他', NULL, TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0101', '政策法规', '01', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0102', '干部作风', '01', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0103', '其他', '01', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0201', '企业改制', '02', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0202', '经济纠纷', '02', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0203', '非法集资', '02', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0204', '其他', '02', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0301', '新闻出版', '03', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0302', '网络舆情', '03', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0303', '其他', '03', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0401', '违纪违法', '04', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0402', '作风问题', '04', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0403', '其他', '04', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0501', '干部任免', '05', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0502', '人事待遇', '05', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0503', '退役军人安置', '05', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0504', '其他', '05', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0601', '治安管理', '06', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0602', '涉法涉诉', '06', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0603', '司法行政', '06', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0604', '其他', '06', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0701', '拖欠工资', '07', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0702', '社会保险', '07', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0703', '劳动关系', '07', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0704', '就业培训', '07', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0705', '其他', '07', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0801', '招生入学', '08', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0802', '教师待遇', '08', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0803', '学校管理', '08', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0804', '其他', '08', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0901', '医疗纠纷', '09', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0902', '医疗保障', '09', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0903', '计划生育', '09', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('0904', '其他', '09', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1001', '科技', '10', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1002', '文化旅游体育', '10', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1003', '其他', '10', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1101', '社会救助', '11', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1102', '优抚安置', '11', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1103', '婚姻登记', '11', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1104', '殡葬管理', '11', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1105', '其他', '11', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1201', '土地承包', '12', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1202', '村务管理', '12', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1203', '惠农补贴', '12', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1204', '其他', '12', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1301', '土地征收补偿', '13', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1302', '宅基地', '13', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1303', '矿产资源', '13', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1304', '水利', '13', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1305', '林业', '13', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1306', '其他', '13', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1401', '拆迁安置', '14', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1402', '物业管理', '14', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1403', '房地产开发', '14', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1404', '城市管理', '14', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1405', '住房保障', '14', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1406', '其他', '14', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1501', '交通运输', '15', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1502', '能源', '15', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1503', '环境污染', '15', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1504', '其他', '15', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1601', '通信', '16', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1602', '互联网', '16', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1603', '其他', '16', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1701', '市场监管', '17', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1702', '消费维权', '17', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1703', '旅游', '17', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1704', '其他', '17', TRUE, 0);
INSERT INTO issue_category (code, name, parent_code, active, version) VALUES ('1801', '其他', '18', TRUE, 0);

CREATE SEQUENCE petitioner_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE matter_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE matter_event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE petitioner (
    id        BIGINT       NOT NULL PRIMARY KEY,
    name      VARCHAR(50)  NOT NULL,
    id_number VARCHAR(18),
    phone     VARCHAR(20),
    address   VARCHAR(200),
    version   BIGINT       NOT NULL,
    CONSTRAINT uk_petitioner_id_number UNIQUE (id_number)
);
CREATE INDEX ix_petitioner_name_phone ON petitioner (name, phone);

-- One row per county (prefix) and year; locked while a number is taken, so numbers are gap-free.
CREATE TABLE matter_number (
    prefix     VARCHAR(20) NOT NULL,
    num_year   INTEGER     NOT NULL,
    last_value BIGINT      NOT NULL,
    PRIMARY KEY (prefix, num_year)
);

CREATE TABLE matter (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    number              VARCHAR(32)   NOT NULL,
    channel_code        VARCHAR(20)   NOT NULL REFERENCES channel (code),
    received_on         DATE          NOT NULL,
    registered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_by       VARCHAR(32)   NOT NULL,
    registering_unit_id BIGINT        NOT NULL REFERENCES unit (id),
    transfer_level      VARCHAR(20),
    transfer_document   VARCHAR(60),
    petitioner_id       BIGINT        NOT NULL REFERENCES petitioner (id),
    people_count        INTEGER       NOT NULL,
    cross_level         VARCHAR(10)   NOT NULL CHECK (cross_level IN ('NONE', 'CITY', 'PROVINCE', 'BEIJING')),
    problem_place_id    BIGINT        NOT NULL REFERENCES unit (id),
    content             VARCHAR(5000) NOT NULL,
    kind                VARCHAR(12)   NOT NULL CHECK (kind IN ('SUGGESTION', 'ACCUSATION', 'GRIEVANCE')),
    category_code       VARCHAR(20)   NOT NULL REFERENCES issue_category (code),
    purpose             VARCHAR(14)   NOT NULL,
    accused_party       VARCHAR(100),
    accused_unit_id     BIGINT        REFERENCES unit (id),
    origin_id           BIGINT        REFERENCES matter (id),
    state               VARCHAR(20)   NOT NULL,
    acceptance_due      DATE          NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT uk_matter_number UNIQUE (number)
);
CREATE INDEX ix_matter_petitioner ON matter (petitioner_id);
CREATE INDEX ix_matter_origin ON matter (origin_id);
CREATE INDEX ix_matter_received ON matter (received_on);
CREATE INDEX ix_matter_state ON matter (state);

CREATE TABLE matter_representative (
    matter_id BIGINT      NOT NULL REFERENCES matter (id),
    position  INTEGER     NOT NULL,
    name      VARCHAR(50) NOT NULL,
    PRIMARY KEY (matter_id, position)
);

CREATE TABLE matter_event (
    id          BIGINT        NOT NULL PRIMARY KEY,
    matter_id   BIGINT        NOT NULL REFERENCES matter (id),
    type        VARCHAR(30)   NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    username    VARCHAR(32)   NOT NULL,
    state_after VARCHAR(20)   NOT NULL,
    detail      VARCHAR(2000)
);
CREATE INDEX ix_matter_event_matter ON matter_event (matter_id);

CREATE TABLE petitioner_aud (
    id        BIGINT NOT NULL,
    rev       BIGINT NOT NULL REFERENCES revinfo (rev),
    revtype   SMALLINT,
    name      VARCHAR(50),
    id_number VARCHAR(18),
    phone     VARCHAR(20),
    address   VARCHAR(200),
    PRIMARY KEY (id, rev)
);

CREATE TABLE matter_aud (
    id                  BIGINT NOT NULL,
    rev                 BIGINT NOT NULL REFERENCES revinfo (rev),
    revtype             SMALLINT,
    number              VARCHAR(32),
    channel_code        VARCHAR(20),
    received_on         DATE,
    registered_at       TIMESTAMP WITH TIME ZONE,
    registered_by       VARCHAR(32),
    registering_unit_id BIGINT,
    transfer_level      VARCHAR(20),
    transfer_document   VARCHAR(60),
    petitioner_id       BIGINT,
    people_count        INTEGER,
    cross_level         VARCHAR(10),
    problem_place_id    BIGINT,
    content             VARCHAR(5000),
    kind                VARCHAR(12),
    category_code       VARCHAR(20),
    purpose             VARCHAR(14),
    accused_party       VARCHAR(100),
    accused_unit_id     BIGINT,
    origin_id           BIGINT,
    state               VARCHAR(20),
    acceptance_due      DATE,
    PRIMARY KEY (id, rev)
);

CREATE TABLE matter_representative_aud (
    rev       BIGINT      NOT NULL REFERENCES revinfo (rev),
    revtype   SMALLINT    NOT NULL,
    matter_id BIGINT      NOT NULL,
    position  INTEGER     NOT NULL,
    name      VARCHAR(50) NOT NULL,
    PRIMARY KEY (rev, matter_id, position, name)
);
