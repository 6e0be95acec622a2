package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.shared.entity.PersonalData;
import cn.xinfang.petition.casehandling.entity.Actor;
import cn.xinfang.petition.casehandling.entity.IdNumber;
import cn.xinfang.petition.casehandling.entity.Lifecycle;
import cn.xinfang.petition.shared.control.Deadlines;
import cn.xinfang.petition.shared.control.WorkCalendar;
import cn.xinfang.petition.shared.entity.CountingMode;
import cn.xinfang.petition.shared.entity.DayKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Realistic petition matters (信访事项) written straight into the product's tables through one JDBC
 * connection: petitioners with valid ID numbers, matters spread over the chosen period with their
 * whole life so far (decision, routing, co-handling, extension, reply, report, closing) and their
 * timeline, every step one {@code Lifecycle} allows and every deadline the one {@link Deadlines}
 * computes (calendar-day mode). Pure and deterministic: the rows are a function of the options
 * and the database's units, categories and holidays. Used by the demo county's first start
 * ({@link DemoMatters}, in the server's transaction) and by the bulk data generator of the
 * benchmarks ({@code petition-it} tools {@code MatterGenerator}, COPY on PostgreSQL). See
 * {@code docs/data-generator.md}.
 *
 * <p>In {@link Options#demo() demo} mode the matters also live on after the reply as the product
 * would have them: ratings, reviews and re-reviews with hearings, terminations after a lapsed
 * window, co-handling opinions, backlog flags and lookup codes; and the run never commits nor
 * changes the schema (sequences are advanced with {@code nextval}), so it can share the caller's
 * transaction, and numbers continue the county's {@code matter_number}.
 */
public final class SyntheticMatters {

    // ------------------------------------------------------------------ options and result

    /**
     * What to generate.
     *
     * @param from     the first day matters are received on; they arrive every day up to {@code today}
     * @param today    the day the data end; states are "as of" this day
     * @param now      if set, the instant of today no step is later than (the demo's first start); else steps
     *                 of today fall in office hours like every other day's
     * @param accounts user names to write on the timeline instead of the synthetic ones: keys
     *                 {@code registrar}, {@code officer}, {@code clerk:<unit code>}, {@code leader:<unit code>}
     * @param log      progress lines (or {@code null})
     */
    public record Options(int count, long seed, LocalDate from, LocalDate today, OffsetDateTime now, String countyCode,
                          int chunk, boolean demo, Map<String, String> accounts, Consumer<String> log) {

        public Options {
            if (count < 0 || from.isAfter(today)) {
                throw new IllegalArgumentException("count must be >= 0 and from <= today");
            }
            accounts = accounts == null ? Map.of() : Map.copyOf(accounts);
            chunk = Math.max(1, chunk);
        }
    }

    public record Result(int units, int petitioners, int matters, int representatives, int coUnits, int events,
                         int appeals, int hearings, int ratings, double seconds, int refusals, int backlogDated) {
    }

    /** Where the rows of one table go: batched INSERTs ({@link #insertSink}) or PostgreSQL COPY (the tools). */
    public interface Sink {
        void add(Object... values);

        /** Writes what was added since the last flush. */
        void flush() throws SQLException;
    }

    @FunctionalInterface
    public interface SinkFactory {
        Sink open(Connection con, String table, String[] columns);
    }

    // ------------------------------------------------------------------ fixed vocabulary

    static final ZoneOffset CST = ZoneOffset.ofHours(8);

    private static final String[] CHANNELS = {"LETTER", "VISIT", "CALL", "ONLINE", "HOTLINE_12345", "LEADER_MAILBOX", "TRANSFER"};
    private static final Weighted CHANNEL_MIX = new Weighted(25, 30, 15, 20, 5, 3, 2);

    private static final String GRIEVANCE = "GRIEVANCE";
    private static final String SUGGESTION = "SUGGESTION";
    private static final String ACCUSATION = "ACCUSATION";
    private static final String[] KINDS = {GRIEVANCE, SUGGESTION, ACCUSATION};
    private static final Weighted KIND_MIX = new Weighted(80, 8, 12);

    /** Share of the first-level categories (percent); the second level below them falls off with rank. */
    private static final Map<String, Double> TOP_WEIGHT = Map.ofEntries(
            Map.entry("14", 20.0), Map.entry("07", 15.0), Map.entry("13", 14.0), Map.entry("12", 9.0),
            Map.entry("06", 8.0), Map.entry("15", 7.0), Map.entry("11", 5.0), Map.entry("02", 4.0),
            Map.entry("08", 4.0), Map.entry("09", 4.0), Map.entry("04", 3.0), Map.entry("01", 2.0),
            Map.entry("05", 2.0), Map.entry("17", 2.0), Map.entry("10", 0.7), Map.entry("16", 0.5),
            Map.entry("03", 0.3), Map.entry("18", 0.5));

    /** Which department handles a category (second-level code first, then first level): a word of its name. */
    private static final Map<String, String> DEPARTMENT_OF = Map.ofEntries(
            Map.entry("0601", "公安"), Map.entry("0602", "法院"), Map.entry("0603", "司法"), Map.entry("0604", "公安"),
            Map.entry("0902", "医疗保障"), Map.entry("1304", "水利"), Map.entry("1404", "综合行政执法"),
            Map.entry("1503", "生态环境"), Map.entry("01", "县委办"), Map.entry("02", "市场监督"), Map.entry("03", "县委办"),
            Map.entry("04", "纪委"), Map.entry("05", "人力资源"), Map.entry("06", "公安"), Map.entry("07", "人力资源"),
            Map.entry("08", "教育"), Map.entry("09", "卫生健康"), Map.entry("10", "教育"), Map.entry("11", "民政"),
            Map.entry("12", "农业农村"), Map.entry("13", "自然资源"), Map.entry("14", "住房和城乡建设"),
            Map.entry("15", "交通运输"), Map.entry("16", "市场监督"), Map.entry("17", "市场监督"));

    private static final Map<String, String[]> PHRASES = Map.ofEntries(
            Map.entry("0102", new String[]{"村干部工作作风粗暴、办事推诿", "有关工作人员服务态度差、多次刁难"}),
            Map.entry("0201", new String[]{"原企业改制时职工身份置换补偿未落实", "改制企业职工社保接续问题至今未解决"}),
            Map.entry("0202", new String[]{"与某公司存在合同纠纷，货款长期被拖欠", "合伙经营纠纷，投资款无法收回"}),
            Map.entry("0203", new String[]{"参与的投资理财平台无法兑付本息", "被他人以高息为诱饵非法吸收存款"}),
            Map.entry("0401", new String[]{"违规套取集体资金", "在工程项目中收受好处费", "虚报冒领补助资金"}),
            Map.entry("0402", new String[]{"违规接受宴请、公车私用", "工作日饮酒、在群众办事时推诿扯皮"}),
            Map.entry("0502", new String[]{"退休后待遇未按政策落实", "工龄认定有误导致待遇偏低"}),
            Map.entry("0503", new String[]{"退役后安置待遇未落实", "退役军人优待证办理受阻"}),
            Map.entry("0601", new String[]{"邻里纠纷引发打架，派出所处理不公", "家门口长期有人聚众赌博"}),
            Map.entry("0602", new String[]{"对法院判决结果不服", "胜诉后判决迟迟得不到执行"}),
            Map.entry("0701", new String[]{"在某建筑工地务工，工资被拖欠", "公司拖欠员工工资已达半年", "劳务分包方卷款离开，农民工工资无人支付"}),
            Map.entry("0702", new String[]{"养老保险缴费年限认定有误", "单位未足额缴纳社会保险", "被征地农民养老保险待遇未落实"}),
            Map.entry("0703", new String[]{"被公司无故辞退，未签订劳动合同", "工伤认定后单位拒不支付工伤待遇"}),
            Map.entry("0801", new String[]{"子女入学划片不合理", "随迁子女入学手续办理困难"}),
            Map.entry("0802", new String[]{"原民办代课教师待遇未落实", "乡村教师生活补助未按时发放"}),
            Map.entry("0901", new String[]{"在医院治疗后病情加重，认为存在医疗过错", "医院乱收费、重复检查"}),
            Map.entry("0902", new String[]{"医保报销比例与政策不符", "异地就医报销手续繁琐"}),
            Map.entry("1101", new String[]{"家庭困难申请低保未获批准", "低保评定不公开、优亲厚友"}),
            Map.entry("1102", new String[]{"烈属抚恤金未按标准发放", "伤残等级评定有异议"}),
            Map.entry("1201", new String[]{"承包地被他人占用", "土地流转租金长期未兑付"}),
            Map.entry("1202", new String[]{"村务不公开，集体收入去向不明", "村集体资产出租未经村民代表大会讨论"}),
            Map.entry("1203", new String[]{"耕地地力保护补贴未发放", "农机购置补贴被冒领"}),
            Map.entry("1301", new String[]{"土地被征收后补偿款未足额发放", "征地补偿标准过低，与邻村差距大", "青苗补偿费被截留"}),
            Map.entry("1302", new String[]{"宅基地审批迟迟未办理", "邻居建房侵占自家宅基地"}),
            Map.entry("1303", new String[]{"附近采石场无证开采、炸石扰民", "河道非法采砂"}),
            Map.entry("1304", new String[]{"农田灌溉水渠损毁未修复", "山塘水库存在安全隐患"}),
            Map.entry("1305", new String[]{"山林权属纠纷", "有人滥砍滥伐公益林"}),
            Map.entry("1401", new String[]{"房屋征收补偿标准过低", "拆迁安置房迟迟未交付", "拆迁过渡费未按时发放"}),
            Map.entry("1402", new String[]{"小区物业服务差，公共收益不公开", "物业擅自提高收费标准", "电梯长期故障无人维修"}),
            Map.entry("1403", new String[]{"购买的商品房逾期交房", "商品房无法办理不动产权证", "开发商虚假宣传、房屋质量差"}),
            Map.entry("1404", new String[]{"占道经营、夜间施工噪音扰民", "违章建筑长期未拆除"}),
            Map.entry("1405", new String[]{"申请公租房未获批准", "保障房分配不公"}),
            Map.entry("1501", new String[]{"村道路面破损，出行困难", "客运班线停运，群众出行不便"}),
            Map.entry("1502", new String[]{"电压不稳，经常停电", "管道燃气开通收费过高"}),
            Map.entry("1503", new String[]{"附近企业排放废气、污水，影响居民生活", "养殖场粪污直排河道", "搅拌站粉尘污染严重"}),
            Map.entry("1701", new String[]{"购买的商品存在质量问题", "农资店销售假化肥"}),
            Map.entry("1702", new String[]{"预付卡商家关门跑路", "网购商品退款遭拒"}));

    private static final String[] DETAILS = {"多次向有关部门反映未果", "问题已持续两年有余", "涉及金额约%d万元", "严重影响正常生产生活",
            "曾与村委会多次协商无果", "相关部门相互推诿", "涉及群众%d户", "此前已获口头答复但未落实"};
    private static final String[] DEMANDS = {"请求依法处理", "要求尽快解决", "请求给予合理补偿", "希望有关部门调查核实",
            "要求依政策落实待遇", "请求领导过问"};
    private static final String[] PRIVATE_WRONGS = {"强揽工程、欺行霸市", "恶意拖欠工人工资后失联", "违规占用耕地建厂",
            "以虚假材料骗取补贴"};
    private static final String[] SUGGESTION_TAILS = {"建议加强监管、建立长效机制", "建议出台具体实施办法", "建议增加财政投入",
            "建议公开办理流程和时限", "建议组织联合执法"};
    private static final String[] REFUSE_REASONS = {"不属于信访事项受理范围", "同一事实和理由已办结，不再受理",
            "已经或者依法应当通过诉讼、仲裁、行政复议解决", "信访人未提供基本事实，无法受理"};
    private static final String[] STATUTORY_CHANNELS = {"告知通过民事诉讼途径解决", "告知申请劳动人事争议仲裁",
            "告知依法申请行政复议", "告知向人民法院申请执行", "告知通过司法鉴定和诉讼途径解决"};
    private static final String[] NOTES = {"已电话联系信访人，了解具体诉求", "已到现场调查核实", "已约谈相关当事人",
            "已召开协调会研究处理意见", "已调取相关档案资料", "已组织双方当面沟通"};
    private static final String[] EXTENSION_REASONS = {"案情复杂，需进一步调查核实", "涉及多个部门，需会商研究",
            "需委托第三方鉴定", "需等待上级政策答复"};
    private static final String[] OBJECTION_REASONS = {"该事项不属于本单位职责范围，请重新交办", "问题属地不在本单位辖区，请核实后改派"};
    private static final String[] TRANSFER_LEVELS = {"市信访局", "省信访局", "国家信访局", "市委巡察组"};
    private static final Weighted TRANSFER_LEVEL_MIX = new Weighted(60, 25, 5, 10);
    private static final String[] TRANSFER_ABBR = {"云市信转", "浙信转", "国信转", "云市巡转"};
    private static final String[] CROSS = {"CITY", "PROVINCE", "BEIJING"};
    private static final Weighted CROSS_MIX = new Weighted(65, 27, 8);

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万钱戴严莫孔向常汤";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚英华玉兰萍红建国文斌志辉海燕春林峰波宇浩凯秀梅琴桂珍凤云飞鹏俊晨阳立新庆荣福贵德胜利民";
    private static final String[] REGION_LOCAL = {"331102", "331121", "331122", "331123", "331124", "331125", "331126", "331127", "331181"};
    private static final String[] REGION_OTHER = {"330102", "330106", "330302", "330481", "340104", "360102", "410102", "420102", "430102", "510104", "350102"};
    private static final String[] MOBILE = {"130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
            "155", "156", "157", "158", "159", "166", "177", "180", "181", "182", "183", "185", "186", "187", "188", "189", "199"};

    static final String[] PETITIONER_COLS = {"id", "name", "id_number", "id_number_index", "phone", "phone_index", "address", "version"};
    static final String[] MATTER_COLS = {"id", "number", "channel_code", "received_on", "registered_at", "registered_by",
            "registering_unit_id", "transfer_level", "transfer_document", "petitioner_id", "people_count", "cross_level",
            "problem_place_id", "content", "kind", "category_code", "purpose", "accused_party", "accused_unit_id", "origin_id",
            "state", "acceptance_due", "version", "accepted_on", "decision_text", "routing_mode", "main_unit_id", "routed_on",
            "objection_due", "handling_due", "extension_days", "extension_reason", "reply_outcome", "reply_text",
            "reply_drafted_by", "reply_approved_by", "replied_on", "closed_on", "idempotency_key", "petitioner_name",
            "petitioner_phone", "petitioner_address", "accused_identified", "lookup_code", "rating", "rated_on", "rated_by",
            "rating_via", "terminated_on", "termination_reason", "backlog_flag", "backlog_reason", "search_terms",
            "backlog_since", "backlog_ended_on", "decision", "decided_at"};
    static final String[] REPRESENTATIVE_COLS = {"matter_id", "position", "name"};
    static final String[] CO_UNIT_COLS = {"matter_id", "unit_id"};
    static final String[] EVENT_COLS = {"id", "matter_id", "type", "at", "username", "state_after", "routing_mode", "unit_id",
            "days", "text", "authority", "outcome", "via", "date_from", "date_to", "document"};
    static final String[] EVENT_CO_UNIT_COLS = {"event_id", "unit_id"};
    static final String[] CO_HANDLING_COLS = {"id", "matter_id", "unit_id", "requested_on", "due_on", "opinion",
            "contributed_on", "contributed_by", "withdrawn", "version"};
    static final String[] APPEAL_COLS = {"id", "matter_id", "stage", "requested_on", "request_reason", "authority_level",
            "authority_name", "decided_here", "due_on", "outcome", "opinion", "document_number", "decided_on", "decided_by",
            "recorded_by", "version"};
    static final String[] REFUSAL_COLS = {"id", "matter_id", "stage", "requested_on", "request_reason", "authority_name",
            "refused_on", "reason", "notice_number", "refused_by", "version"};
    static final String[] HEARING_COLS = {"id", "matter_id", "stage", "held_from", "held_to", "place", "participants",
            "minutes", "conclusion", "scheduled_by", "recorded_by", "version"};

    /** The petitioner's window to rate a reply: the product's default {@code petition.evaluation.days}. */
    static final int EVALUATION_DAYS = 30;
    private static final String[] CO_OPINIONS = {"经核查，我单位职责范围内的有关情况已书面提供主办单位",
            "我单位已派员参与现场调查，意见与主办单位一致", "经研究，建议主办单位依政策予以答复，我单位配合做好解释工作",
            "相关资料已调取并移交主办单位，请主办单位统筹答复"};
    private static final String[] REVIEW_REASONS = {"对处理意见不服，认为事实认定不清", "认为原处理意见适用政策错误",
            "问题至今未得到实际解决，请求复查", "对答复内容不满意，请求上级机关复查"};
    /** Why a late review (复查) or re-review (复核) request was not accepted (不予受理). */
    private static final String[] REFUSAL_REASONS = {"超过法定申请期限（收到意见之日起30日内），不予受理",
            "该信访事项已经复核终结，不再受理"};
    /** The acceptance decisions (a matter has one at most). */
    private static final Set<String> DECISIONS = Set.of("ACCEPT", "REFUSE", "REFER_STATUTORY", "FORWARD_ACCUSATION");
    /** Steps that leave the matter's state as it is. */
    private static final Set<String> KEEP_STATE = Set.of("CO_OPINION", "BACKLOG_FLAG", "NOTE", "EVALUATE", "REFUSE_APPEAL");
    /** The product's default backlog rules (CaseSettings: petition.backlog.open-days, petition.backlog.repeats). */
    static final int BACKLOG_OPEN_DAYS = 90;
    static final int BACKLOG_REPEATS = 3;
    /** No such day (a backlog date not set). */
    static final int NONE = Integer.MIN_VALUE;

    private static final String[] REVIEW_OPINIONS = {"经复查，原处理意见认定事实清楚，适用政策正确，予以维持。",
            "经复查，原处理意见部分事实认定不清，予以变更，责成原办理单位重新处理。"};

    // ------------------------------------------------------------------ state

    private final Options o;
    private final SplittableRandom rnd;
    private final Connection con;
    private final SinkFactory sinks;
    private byte[] lookupKey;

    private final Map<LocalDate, Boolean> arrangements = new HashMap<>();
    private Deadlines deadlines;
    private final List<Cat> cats = new ArrayList<>();
    private Weighted generalCats;
    private Weighted accusationCats;

    private final List<U> units = new ArrayList<>();
    private U county;
    private U bureau;
    private U discipline;
    private final List<U> departments = new ArrayList<>();
    private final List<U> routableDepartments = new ArrayList<>();
    private final List<U> townships = new ArrayList<>();
    private Weighted townshipPick;
    private final Map<Integer, List<U>> villagesOf = new HashMap<>();
    private final Map<Integer, Weighted> villagePick = new HashMap<>();
    private int unitsCreated;

    private String prefix;
    private long lastPetitionerId;
    private long lastMatterId;
    private long lastEventId;
    private long lastCoHandlingId;
    private long lastAppealId;
    private long lastHearingId;
    private long lastRefusalId;
    private int firstYear;
    private int[] yearCounters;

    // petitioners generated in this run, by index (id = firstPetitionerId + index)
    private long firstPetitionerId;
    private int petCount;
    private String[] petName;
    private String[] petPhone;
    private String[] petAddress;
    private long[] chainOrigin;
    private long[] chainSeed;
    private int[] frequent;
    private int frequentCount;
    /** The first matter of each petitioner's current chain, as the backlog rules read it (its repeats come later). */
    private Life[] chainLife;
    /** The first matters that reached the repeats the backlog rule counts: their dates are set again at the end. */
    private final List<Life> backlogByRepeats = new ArrayList<>();
    private final Set<Long> idNumbers = new HashSet<>();

    private Sink petitionerSink;
    private Sink matterSink;
    private Sink representativeSink;
    private Sink coUnitSink;
    private Sink eventCoUnitSink;
    private Sink eventSink;
    private Sink coHandlingSink;
    private Sink appealSink;
    private Sink hearingSink;
    private Sink refusalSink;
    private int matters;
    private int representatives;
    private int coUnitRows;
    private int events;
    private int appeals;
    private int hearings;
    private int ratings;
    private int refusals;
    private int backlogDated;

    /** Generates into the database behind {@code con} (migrated already), writing with {@code sinks}. */
    public SyntheticMatters(Connection con, Options o, SinkFactory sinks) {
        this.con = con;
        this.o = o;
        this.sinks = sinks;
        this.rnd = new SplittableRandom(o.seed());
    }

    /** Generates with batched multi-row INSERTs. */
    public SyntheticMatters(Connection con, Options o) {
        this(con, o, SyntheticMatters::insertSink);
    }

    // ------------------------------------------------------------------ the run

    /** Generates the matters; commits per chunk unless in {@link Options#demo() demo} mode. */
    public Result run() throws SQLException {
        long t0 = System.nanoTime();
        loadCalendar();
        loadCategories();
        ensureUnits();
        commit();
        prefix = county.code;
        firstYear = o.from().getYear();
        yearCounters = new int[o.today().getYear() - firstYear + 1];
        if (scalarLong("SELECT COUNT(*) FROM matter WHERE number LIKE '" + prefix + "-%'") > 0) {
            if (!o.demo()) {
                throw new IllegalStateException("the database already has matters of county " + prefix
                        + "; generate into a fresh database (or pass county=<another code>)");
            }
            // numbers go on from the county's counters, as the next registration's would
            try (PreparedStatement ps = con.prepareStatement("SELECT num_year, last_value FROM matter_number WHERE prefix = ?")) {
                ps.setString(1, prefix);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int y = rs.getInt(1) - firstYear;
                        if (y >= 0 && y < yearCounters.length) {
                            yearCounters[y] = (int) rs.getLong(2);
                        }
                    }
                }
            }
        }
        lastPetitionerId = Math.max(scalarLong("SELECT COALESCE(MAX(id), 0) FROM petitioner"), nextval("petitioner_seq"));
        lastMatterId = Math.max(scalarLong("SELECT COALESCE(MAX(id), 0) FROM matter"), nextval("matter_seq"));
        lastEventId = Math.max(scalarLong("SELECT COALESCE(MAX(id), 0) FROM matter_event"), nextval("matter_event_seq"));
        lastCoHandlingId = Math.max(scalarLong("SELECT COALESCE(MAX(id), 0) FROM co_handling"), nextval("co_handling_seq"));
        lastAppealId = Math.max(scalarLong("SELECT COALESCE(MAX(id), 0) FROM appeal"), nextval("appeal_seq"));
        lastHearingId = Math.max(scalarLong("SELECT COALESCE(MAX(id), 0) FROM hearing"), nextval("hearing_seq"));
        lastRefusalId = Math.max(scalarLong("SELECT COALESCE(MAX(id), 0) FROM appeal_refusal"), nextval("appeal_refusal_seq"));
        firstPetitionerId = lastPetitionerId + 1;
        try (Statement s = con.createStatement(); ResultSet rs = s.executeQuery("SELECT id_number FROM petitioner WHERE id_number IS NOT NULL")) {
            while (rs.next()) {
                idNumbers.add(Long.parseLong(PersonalData.open(rs.getString(1)).substring(0, 17)));
            }
        }
        commit();

        petitionerSink = sinks.open(con, "petitioner", PETITIONER_COLS);
        matterSink = sinks.open(con, "matter", MATTER_COLS);
        representativeSink = sinks.open(con, "matter_representative", REPRESENTATIVE_COLS);
        coUnitSink = sinks.open(con, "matter_co_unit", CO_UNIT_COLS);
        eventCoUnitSink = sinks.open(con, "matter_event_co_unit", EVENT_CO_UNIT_COLS);
        eventSink = sinks.open(con, "matter_event", EVENT_COLS);
        coHandlingSink = sinks.open(con, "co_handling", CO_HANDLING_COLS);
        appealSink = sinks.open(con, "appeal", APPEAL_COLS);
        hearingSink = sinks.open(con, "hearing", HEARING_COLS);
        refusalSink = sinks.open(con, "appeal_refusal", REFUSAL_COLS);
        int capacity = Math.max(16, (int) (o.count() * 0.65) + 16);
        petName = new String[capacity];
        petPhone = new String[capacity];
        petAddress = new String[capacity];
        chainOrigin = new long[capacity];
        chainSeed = new long[capacity];
        chainLife = new Life[capacity];
        frequent = new int[Math.max(16, capacity / 20)];

        generateMatters(t0);
        backlogByRepeats();

        finish();
        commit();
        double seconds = (System.nanoTime() - t0) / 1e9;
        Result r = new Result(unitsCreated, petCount, matters, representatives, coUnitRows, events, appeals, hearings,
                ratings, seconds, refusals, backlogDated);
        log(String.format(Locale.ROOT, "done: %d units created, %,d petitioners, %,d matters, %,d representatives, "
                        + "%,d co-handling units, %,d events, %,d appeals, %,d hearings, %,d refused appeals, %,d ratings, "
                        + "%,d with backlog dates in %.1f s", r.units(), r.petitioners(), r.matters(),
                r.representatives(), r.coUnits(), r.events(), appeals, hearings, refusals, ratings, backlogDated, seconds));
        return r;
    }

    private void commit() throws SQLException {
        if (!o.demo()) {
            con.commit();
        }
    }

    // ------------------------------------------------------------------ reference data

    private void loadCalendar() throws SQLException {
        try (Statement s = con.createStatement(); ResultSet rs = s.executeQuery("SELECT holiday_on, kind FROM holiday_date")) {
            while (rs.next()) {
                arrangements.put(rs.getObject(1, LocalDate.class), "WORK".equals(rs.getString(2)));
            }
        }
        Map<LocalDate, DayKind> kinds = new HashMap<>();
        arrangements.forEach((day, work) -> kinds.put(day, work ? DayKind.WORK : DayKind.OFF));
        deadlines = new Deadlines(new WorkCalendar(kinds));
    }

    private void loadCategories() throws SQLException {
        Map<String, List<String[]>> byParent = new LinkedHashMap<>();
        try (Statement s = con.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT c.code, c.name, c.parent_code FROM issue_category c JOIN issue_category p ON p.code = c.parent_code"
                        + " WHERE c.active = TRUE AND p.active = TRUE ORDER BY c.code")) {
            while (rs.next()) {
                byParent.computeIfAbsent(rs.getString(3), k -> new ArrayList<>()).add(new String[]{rs.getString(1), rs.getString(2)});
            }
        }
        if (byParent.isEmpty()) {
            throw new IllegalStateException("no second-level issue categories: the migrations seed them");
        }
        List<Double> general = new ArrayList<>();
        List<Double> accusation = new ArrayList<>();
        for (var e : byParent.entrySet()) {
            double top = TOP_WEIGHT.getOrDefault(e.getKey(), 0.5);
            List<String[]> subs = e.getValue();
            double[] w = new double[subs.size()];
            double sum = 0;
            for (int i = 0; i < subs.size(); i++) {
                w[i] = "其他".equals(subs.get(i)[1]) ? 0.25 : 1.0 / Math.pow(i + 1, 0.8);
                sum += w[i];
            }
            for (int i = 0; i < subs.size(); i++) {
                String code = subs.get(i)[0];
                cats.add(new Cat(cats.size(), code, subs.get(i)[1], e.getKey()));
                double g = top * w[i] / sum;
                general.add(g);
                // accusations: 纪检监察 and 干部作风 dominate, the rest follow the general mix
                double a = g * 0.5 + (e.getKey().equals("04") ? 40.0 * w[i] / sum : 0) + (code.equals("0102") ? 10.0 : 0);
                accusation.add(a);
            }
        }
        generalCats = new Weighted(general.stream().mapToDouble(Double::doubleValue).toArray());
        accusationCats = new Weighted(accusation.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Reuses the county with the configured code, or creates it with its departments, townships and villages. */
    private void ensureUnits() throws SQLException {
        Long countyId = null;
        try (PreparedStatement ps = con.prepareStatement("SELECT id FROM unit WHERE code = ?")) {
            ps.setString(1, o.countyCode());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    countyId = rs.getLong(1);
                }
            }
        }
        if (countyId == null) {
            createCounty();
        }
        // load the county's tree (three levels)
        Map<Long, U> byId = new HashMap<>();
        try (Statement s = con.createStatement(); ResultSet rs = s.executeQuery("SELECT id, code, name, kind, parent_id FROM unit ORDER BY code")) {
            while (rs.next()) {
                U u = new U(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5) == null ? 0 : rs.getLong(5));
                byId.put(u.id, u);
            }
        }
        for (U u : byId.values()) {
            if (u.code.equals(o.countyCode())) {
                county = u;
            }
        }
        List<U> sorted = new ArrayList<>(byId.values());
        sorted.sort((a, b) -> a.code.compareTo(b.code));
        for (U u : sorted) {
            if (u.parentId == county.id) {
                u.index = units.size();
                units.add(u);
                if (u.kind.equals("DEPARTMENT")) {
                    departments.add(u);
                } else if (u.kind.equals("TOWNSHIP")) {
                    townships.add(u);
                }
            }
        }
        for (U u : sorted) {
            U parent = byId.get(u.parentId);
            if (parent != null && parent.parentId == county.id && parent.kind.equals("TOWNSHIP")
                    && (u.kind.equals("VILLAGE") || u.kind.equals("COMMUNITY"))) {
                u.index = units.size();
                u.township = parent;
                units.add(u);
                villagesOf.computeIfAbsent(parent.index, k -> new ArrayList<>()).add(u);
            }
        }
        if (departments.isEmpty() || townships.isEmpty()) {
            throw new IllegalStateException("county " + o.countyCode() + " needs departments and townships");
        }
        bureau = departments.stream().filter(u -> u.name.contains("信访")).findFirst().orElse(departments.get(0));
        discipline = departments.stream().filter(u -> u.name.contains("纪委")).findFirst().orElse(null);
        for (U d : departments) {
            if (d != bureau && !d.name.contains("考核")) {
                routableDepartments.add(d);
            }
        }
        // townships differ in size: a fixed, seed-dependent Zipf-like weight
        SplittableRandom r = new SplittableRandom(o.seed() ^ 0x5EEDL);
        double[] tw = new double[townships.size()];
        for (int i = 0; i < tw.length; i++) {
            tw[i] = 1.0 / Math.pow(i + 1, 0.7);
        }
        shuffle(tw, r);
        townshipPick = new Weighted(tw);
        for (U t : townships) {
            List<U> vs = villagesOf.getOrDefault(t.index, List.of());
            double[] vw = new double[vs.size()];
            for (int i = 0; i < vw.length; i++) {
                vw[i] = 0.5 + r.nextDouble();
            }
            if (vw.length > 0) {
                villagePick.put(t.index, new Weighted(vw));
            }
        }
        log(String.format(Locale.ROOT, "county %s %s: %d departments, %d townships, %d villages/communities%s", county.code,
                county.name, departments.size(), townships.size(), units.size() - departments.size() - townships.size(),
                unitsCreated > 0 ? " (created now)" : " (existing)"));
    }

    private void createCounty() throws SQLException {
        String code = o.countyCode();
        String countyName = code.equals("331100") ? "云溪县" : "示范县" + code;
        String[] departmentNames = {"县信访局", "县委办公室", "县考核办", "县住房和城乡建设局", "县人力资源和社会保障局",
                "县自然资源和规划局", "县公安局", "县生态环境分局", "县教育局", "县卫生健康局", "县民政局", "县农业农村局",
                "县交通运输局", "县市场监督管理局", "县纪委监委", "县人民法院", "县人民检察院", "县水利局", "县司法局",
                "县综合行政执法局", "县医疗保障局"};
        String[] townshipNames = {"城关镇", "东城街道", "西城街道", "南溪镇", "北山镇", "石门乡", "云峰镇", "龙泉镇", "白云乡",
                "清溪镇", "花桥镇", "黄坛乡", "梅岭镇", "竹溪乡", "双溪镇"};
        String villageFirst = "杨石新上下大小前后高林黄马白青柳桃梅竹松枫龙凤金双泉塘溪";
        String villageSecond = "家桥塘坑岭坪口湾庄源头门田洋垟";
        String communityFirst = "东西南北中新华和安康";
        String communitySecond = "苑园湖街关桥门城";
        long id = Math.max(scalarLong("SELECT COALESCE(MAX(id), 0) FROM unit"), nextval("unit_seq"));
        SplittableRandom r = new SplittableRandom(o.seed() ^ 0xC0FFEEL);
        try (PreparedStatement ps = con.prepareStatement("INSERT INTO unit (id, code, name, kind, parent_id, active, contact_phone,"
                + " address, version) VALUES (?, ?, ?, ?, ?, TRUE, ?, ?, 0)")) {
            long countyId = ++id;
            addUnit(ps, countyId, code, countyName, "COUNTY", null, countyName + "人民政府");
            for (int i = 0; i < departmentNames.length; i++) {
                addUnit(ps, ++id, code + String.format(Locale.ROOT, "%03d", i + 1), departmentNames[i], "DEPARTMENT", countyId,
                        countyName + "行政中心");
            }
            for (int t = 0; t < townshipNames.length; t++) {
                long townshipId = ++id;
                String tCode = code + (101 + t);
                addUnit(ps, townshipId, tCode, townshipNames[t], "TOWNSHIP", countyId, countyName + townshipNames[t]);
                boolean urban = townshipNames[t].endsWith("街道") || townshipNames[t].equals("城关镇");
                Set<String> names = new HashSet<>();
                for (int v = 0; v < 10; v++) {
                    String name;
                    do {
                        name = urban
                                ? "" + communityFirst.charAt(r.nextInt(communityFirst.length())) + communitySecond.charAt(r.nextInt(communitySecond.length())) + "社区"
                                : "" + villageFirst.charAt(r.nextInt(villageFirst.length())) + villageSecond.charAt(r.nextInt(villageSecond.length())) + "村";
                    } while (!names.add(name));
                    addUnit(ps, ++id, tCode + (201 + v), name, urban ? "COMMUNITY" : "VILLAGE", townshipId,
                            countyName + townshipNames[t] + name);
                }
            }
            ps.executeBatch();
        }
        unitsCreated = 1 + departmentNames.length + townshipNames.length * 11;
        exec("ALTER SEQUENCE unit_seq RESTART WITH " + (id + 1000));
    }

    private void addUnit(PreparedStatement ps, long id, String code, String name, String kind, Long parent, String address) throws SQLException {
        ps.setLong(1, id);
        ps.setString(2, code);
        ps.setString(3, name);
        ps.setString(4, kind);
        ps.setObject(5, parent);
        ps.setString(6, "0578-" + (2200000 + (int) (id % 100000)));
        ps.setString(7, address);
        ps.addBatch();
    }

    // ------------------------------------------------------------------ matters, day by day

    private void generateMatters(long t0) throws SQLException {
        LocalDate start = o.from();
        int days = (int) ChronoUnit.DAYS.between(start, o.today()) + 1;
        double[] cum = new double[days];
        double total = 0;
        for (int i = 0; i < days; i++) {
            LocalDate d = start.plusDays(i);
            double w = working(d) ? 1.0 : 0.22;
            w *= switch (d.getMonthValue()) {
                case 1 -> 1.15;   // before the Spring Festival: wages
                case 2 -> 0.8;
                case 7, 8 -> 0.95;
                case 12 -> 1.12;  // year end: wages again
                default -> 1.0;
            };
            w *= 1 + 0.06 * (d.getYear() - firstYear);
            total += w;
            cum[i] = total;
        }
        long done = 0;
        int inChunk = 0;
        long lastCumCount = 0;
        for (int i = 0; i < days; i++) {
            long upTo = Math.round(o.count() * (cum[i] / total));
            int ofDay = (int) (upTo - lastCumCount);
            lastCumCount = upTo;
            LocalDate d = start.plusDays(i);
            for (int k = 0; k < ofDay; k++) {
                matter(d);
                done++;
                if (++inChunk >= o.chunk()) {
                    flushAll();
                    inChunk = 0;
                    log(String.format(Locale.ROOT, "  %,d / %,d matters (%d%%), %,d events, %.0f s", done, o.count(),
                            done * 100 / Math.max(1, o.count()), events, (System.nanoTime() - t0) / 1e9));
                }
            }
        }
        flushAll();
    }

    private void flushAll() throws SQLException {
        petitionerSink.flush();
        matterSink.flush();
        representativeSink.flush();
        coUnitSink.flush();
        coHandlingSink.flush();
        eventSink.flush();
        eventCoUnitSink.flush();
        appealSink.flush();
        hearingSink.flush();
        refusalSink.flush();
        commit();
    }

    private void matter(LocalDate received) {
        long id = ++lastMatterId;
        matters++;
        LocalDate today = o.today();
        int year = received.getYear();
        int seq = ++yearCounters[year - firstYear];
        String number = prefix + "-" + year + "-" + pad(seq, 6);
        String channel = CHANNELS[CHANNEL_MIX.pick(rnd)];

        // who: a new petitioner, or one who came before (most of them repeating the same matter)
        int pi;
        boolean repeat = false;
        if (petCount > 0 && rnd.nextDouble() < 0.40) {
            pi = pickExisting();
            repeat = rnd.nextDouble() < 0.875;
        } else {
            pi = newPetitioner();
        }
        long originId = 0;
        if (repeat) {
            originId = chainOrigin[pi];
        } else {
            chainSeed[pi] = rnd.nextLong();
            chainOrigin[pi] = id;
        }
        Chain c = chain(chainSeed[pi]);
        long petitionerId = firstPetitionerId + pi;

        // intake
        boolean visit = channel.equals("VISIT");
        int people = 1;
        int reps = 0;
        if (visit) {
            double u = rnd.nextDouble();
            if (u < 0.133) {
                people = 5 + Math.min(55, geo(9));
                reps = 1 + rnd.nextInt(5);
            } else if (u < 0.30) {
                people = 2 + rnd.nextInt(3);
            }
        }
        double crossP = switch (channel) {
            case "VISIT" -> 0.04;
            case "LETTER" -> 0.015;
            case "TRANSFER" -> 0.25;
            default -> 0;
        };
        String cross = rnd.nextDouble() < crossP ? CROSS[CROSS_MIX.pick(rnd)] : "NONE";
        String transferLevel = null;
        String transferDocument = null;
        if (channel.equals("TRANSFER")) {
            int l = TRANSFER_LEVEL_MIX.pick(rnd);
            transferLevel = TRANSFER_LEVELS[l];
            transferDocument = TRANSFER_ABBR[l] + "〔" + year + "〕" + (1 + rnd.nextInt(900)) + "号";
        }
        LocalDate registeredOn = received;
        if (channel.equals("LETTER") || channel.equals("TRANSFER")) {
            registeredOn = min(today, received.plusDays(rnd.nextInt(3)));
        }
        U registeringUnit = bureau;
        String registeredBy = account("registrar", "yx_reg" + (1 + rnd.nextInt(6)));
        if ((visit && rnd.nextDouble() < 0.15) || (channel.equals("LETTER") && rnd.nextDouble() < 0.10)) {
            registeringUnit = c.place.township != null ? c.place.township : c.place;
            registeredBy = clerk(registeringUnit);
        }
        String content = content(c, people, repeat, petName[pi], rnd);
        LocalDate acceptanceDue = calendarDue(received, 15);

        // the life so far
        List<Ev> evs = new ArrayList<>(8);
        evs.add(new Ev("REGISTERED", registeredOn, "REGISTERED", registeredBy, null));
        String state = "REGISTERED";
        LocalDate acceptedOn = null;
        String decisionText = null;
        String routingMode = null;
        U mainUnit = null;
        List<U> coUnits = List.of();
        LocalDate routedOn = null;
        LocalDate objectionDue = null;
        LocalDate handlingDue = null;
        int extensionDays = 0;
        String extensionReason = null;
        String replyOutcome = null;
        String replyText = null;
        String replyDraftedBy = null;
        String replyApprovedBy = null;
        LocalDate repliedOn = null;
        LocalDate closedOn = null;
        LocalDate draftDay = null;
        String officer = account("officer", "yx_off" + (1 + rnd.nextInt(4)));

        int delay = rnd.nextDouble() < 0.92 ? 1 + Math.min(12, geo(3.5)) : 15 + rnd.nextInt(30);
        LocalDate decided = nextWorking(registeredOn.plusDays(delay));
        String decision;
        double u = rnd.nextDouble();
        if (c.kind.equals(ACCUSATION)) {
            decision = u < 0.35 ? "FORWARD" : u < 0.43 ? "REFUSE" : u < 0.46 ? "STATUTORY" : "ACCEPT";
        } else {
            double statutory = c.cat.code.equals("0602") ? 0.45 : 0.04;
            decision = u < 0.08 ? "REFUSE" : u < 0.08 + statutory ? "STATUTORY" : "ACCEPT";
        }
        // the window in which progress notes may fall, and the state the matter is in meanwhile
        LocalDate noteFrom = registeredOn.plusDays(1);
        LocalDate noteTo = min(today, decided.minusDays(1));
        String noteState = "REGISTERED";
        if (!decided.isAfter(today)) {
            switch (decision) {
                case "REFUSE" -> {
                    state = "NOT_ACCEPTED";
                    decisionText = REFUSE_REASONS[rnd.nextInt(REFUSE_REASONS.length)];
                    closedOn = decided;
                    evs.add(new Ev("REFUSE", decided, state, officer, decisionText));
                }
                case "STATUTORY" -> {
                    state = "STATUTORY_CHANNEL";
                    decisionText = STATUTORY_CHANNELS[rnd.nextInt(STATUTORY_CHANNELS.length)];
                    closedOn = decided;
                    evs.add(new Ev("REFER_STATUTORY", decided, state, officer, decisionText));
                }
                case "FORWARD" -> {
                    state = "FORWARDED";
                    decisionText = discipline != null && rnd.nextDouble() < 0.8 ? "转" + discipline.name + "依纪依法处理" : "转主管部门依法处理";
                    closedOn = decided;
                    evs.add(new Ev("FORWARD_ACCUSATION", decided, state, officer, decisionText));
                }
                default -> {
                    state = "ACCEPTED";
                    acceptedOn = decided;
                    handlingDue = calendarDue(acceptedOn, 60);
                    evs.add(new Ev("ACCEPT", decided, state, officer, null));
                    noteFrom = null;
                    double r = rnd.nextDouble();
                    LocalDate route = nextWorking(acceptedOn.plusDays(r < 0.5 ? 0 : r < 0.8 ? 1 : 2 + rnd.nextInt(2)));
                    if (!route.isAfter(today)) {
                        routingMode = rnd.nextDouble() < 0.6 ? "ASSIGN" : "FORWARD";
                        boolean forward = routingMode.equals("FORWARD");
                        mainUnit = c.main;
                        coUnits = c.coUnits;
                        routedOn = route;
                        objectionDue = workingDue(route, 5);
                        state = "HANDLING";
                        evs.add(Ev.route(route, officer, routingMode, mainUnit, coUnits));
                        // at most one complication: an objection, a returned draft (转办 only), or the extension
                        double cx = rnd.nextDouble();
                        boolean objection = forward && cx < 0.05;
                        boolean returned = forward && !objection && cx < 0.12;
                        boolean extend = !objection && !returned && rnd.nextDouble() < 0.085;
                        LocalDate handlingFrom = route;
                        if (objection) {
                            LocalDate objectOn = min(objectionDue, nextWorking(route.plusDays(1 + rnd.nextInt(3))));
                            LocalDate rerouteOn = nextWorking(objectOn.plusDays(1 + rnd.nextInt(4)));
                            if (!objectOn.isAfter(today)) {
                                state = "OBJECTED";
                                evs.add(new Ev("OBJECT", objectOn, state, clerk(mainUnit), OBJECTION_REASONS[rnd.nextInt(OBJECTION_REASONS.length)]));
                                if (!rerouteOn.isAfter(today)) {
                                    mainUnit = c.alternative;
                                    coUnits = without(coUnits, mainUnit);
                                    routedOn = rerouteOn;
                                    objectionDue = workingDue(rerouteOn, 5);
                                    state = "HANDLING";
                                    evs.add(Ev.route(rerouteOn, officer, routingMode, mainUnit, coUnits));
                                    handlingFrom = rerouteOn;
                                }
                            }
                        }
                        if (state.equals("HANDLING")) {
                            boolean stuck = rnd.nextDouble() < 0.004;
                            int ext = 1 + rnd.nextInt(30);
                            LocalDate extendOn = nextWorking(acceptedOn.plusDays(30 + rnd.nextInt(20)));
                            int off;
                            double q = rnd.nextDouble();
                            if (extend) {
                                off = q < 0.9 ? 56 + rnd.nextInt(5 + ext) : 61 + ext + rnd.nextInt(30);
                            } else {
                                off = q < 0.7 ? 8 + rnd.nextInt(42) : q < 0.9 ? 50 + rnd.nextInt(11) : 61 + rnd.nextInt(45);
                            }
                            LocalDate replyOn = nextWorking(acceptedOn.plusDays(off));
                            if (!replyOn.isAfter(handlingFrom.plusDays(2))) {
                                replyOn = nextWorking(handlingFrom.plusDays(3 + rnd.nextInt(5)));
                            }
                            LocalDate draftOn = replyOn.minusDays(rnd.nextInt(5));
                            if (!draftOn.isAfter(handlingFrom)) {
                                draftOn = replyOn;
                            }
                            LocalDate firstDraftOn = draftOn;
                            LocalDate returnOn = null;
                            if (returned) {
                                firstDraftOn = draftOn.minusDays(3 + rnd.nextInt(5));
                                if (!firstDraftOn.isAfter(handlingFrom)) {
                                    firstDraftOn = handlingFrom.plusDays(1);
                                }
                                returnOn = firstDraftOn.plusDays(1 + rnd.nextInt(Math.max(1, (int) ChronoUnit.DAYS.between(firstDraftOn, draftOn))));
                                if (!returnOn.isBefore(draftOn)) {
                                    returned = false;
                                    firstDraftOn = draftOn;
                                }
                            }
                            if (extend && !extendOn.isAfter(today) && extendOn.isBefore(firstDraftOn) && !stuck) {
                                extensionDays = ext;
                                extensionReason = EXTENSION_REASONS[rnd.nextInt(EXTENSION_REASONS.length)];
                                handlingDue = calendarDue(acceptedOn, 60 + ext);
                                evs.add(new Ev("EXTEND", extendOn, "HANDLING", leader(mainUnit), extensionReason).days(ext));
                            }
                            noteFrom = handlingFrom.plusDays(1);
                            noteTo = min(today, firstDraftOn.minusDays(1));
                            noteState = "HANDLING";
                            if (!stuck && !firstDraftOn.isAfter(today)) {
                                boolean suggestion = c.kind.equals(SUGGESTION);
                                double o2 = rnd.nextDouble();
                                replyOutcome = suggestion ? (o2 < 0.4 ? "ADOPTED" : "NOT_ADOPTED")
                                        : o2 < 0.3 ? "SUPPORTED" : o2 < 0.8 ? "EXPLAINED" : "REJECTED";
                                replyText = replyText(replyOutcome);
                                replyDraftedBy = clerk(mainUnit);
                                state = "REPLY_DRAFTED";
                                evs.add(new Ev("DRAFT_REPLY", firstDraftOn, state, replyDraftedBy, null));
                                draftDay = firstDraftOn;
                                if (returned) {
                                    if (!returnOn.isAfter(today)) {
                                        state = "HANDLING";
                                        evs.add(new Ev("RETURN_REPLY", returnOn, state, leader(mainUnit), "意见书事实表述不清，请补充调查后重新起草"));
                                        if (!draftOn.isAfter(today)) {
                                            state = "REPLY_DRAFTED";
                                            evs.add(new Ev("DRAFT_REPLY", draftOn, state, replyDraftedBy, null));
                                        }
                                    }
                                }
                                if (state.equals("REPLY_DRAFTED") && !replyOn.isAfter(today)
                                        && (!returned || !draftOn.isAfter(today))) {
                                    state = "REPLIED";
                                    repliedOn = replyOn;
                                    replyApprovedBy = leader(mainUnit);
                                    evs.add(new Ev("APPROVE_REPLY", replyOn, state, replyApprovedBy, null));
                                    boolean stop = rnd.nextDouble() < 0.02;
                                    if (!forward) {
                                        LocalDate reportOn = nextWorking(replyOn.plusDays(1 + rnd.nextInt(10)));
                                        if (!stop && !reportOn.isAfter(today)) {
                                            state = "REPORTED";
                                            evs.add(new Ev("REPORT_BACK", reportOn, state, clerk(mainUnit), "已按期办结，处理意见书已送达信访人"));
                                            LocalDate closeOn = nextWorking(reportOn.plusDays(1 + rnd.nextInt(15)));
                                            if (!closeOn.isAfter(today)) {
                                                state = "CLOSED";
                                                closedOn = closeOn;
                                                evs.add(new Ev("CLOSE", closeOn, state, officer, null));
                                            }
                                        }
                                    } else {
                                        LocalDate closeOn = nextWorking(replyOn.plusDays(1 + rnd.nextInt(20)));
                                        if (!stop && !closeOn.isAfter(today)) {
                                            state = "CLOSED";
                                            closedOn = closeOn;
                                            evs.add(new Ev("CLOSE", closeOn, state, officer, null));
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        // progress notes while registered or handled, up to eight events in all
        if (noteFrom != null && !noteTo.isBefore(noteFrom)) {
            int span = (int) ChronoUnit.DAYS.between(noteFrom, noteTo) + 1;
            for (int n = 0; n < 2 && evs.size() < 8 && rnd.nextDouble() < 0.45; n++) {
                LocalDate on = noteFrom.plusDays(rnd.nextInt(span));
                String by = noteState.equals("REGISTERED") ? officer : clerk(mainUnit);
                Ev note = new Ev("NOTE", on, noteState, by, NOTES[rnd.nextInt(NOTES.length)]);
                int at = evs.size();
                while (at > 1 && evs.get(at - 1).on.isAfter(on)) {
                    at--;
                }
                // a note never lands before the step that opened its window
                evs.add(at, note);
            }
        }

        // co-handling requests (协办), as routing creates them: due 15 days after the routing, at the
        // latest on the handling due day
        List<Object[]> coRequests = new ArrayList<>();
        if (mainUnit != null) {
            for (U co : coUnits) {
                LocalDate due = routedOn.plusDays(Lifecycle.CO_HANDLING_DAYS);
                if (handlingDue != null && due.isAfter(handlingDue)) {
                    due = handlingDue.isBefore(routedOn) ? routedOn : handlingDue;
                }
                coRequests.add(new Object[]{co, due, null, null, null});
            }
        }
        // what happens beside the handling and after the reply, drawn from a random of its own:
        // ratings, appeals, refused appeals, terminations and backlog flags in both modes, lookup
        // codes and co-handling opinions in demo mode only
        String lookupCode = null;
        String rating = null;
        LocalDate ratedOn = null;
        String ratedBy = null;
        String ratingVia = null;
        LocalDate terminatedOn = null;
        String terminationReason = null;
        boolean backlog = false;
        String backlogReason = null;
        SplittableRandom x = new SplittableRandom(o.seed() * 0x9E3779B97F4A7C15L + matters);
        if (o.demo()) {
            StringBuilder code = new StringBuilder(LookupCodes.LENGTH);
            for (int i = 0; i < LookupCodes.LENGTH; i++) {
                code.append(LookupCodes.ALPHABET.charAt(x.nextInt(LookupCodes.ALPHABET.length())));
            }
            // kept as the product keeps it: the hash with the server's key, never the code in clear
            lookupCode = LookupCodes.hash(lookupKey(), code.toString());
            // 协办意见 while the main unit handles the matter, before its (first) draft
            for (Object[] req : coRequests) {
                U co = (U) req[0];
                LocalDate until = min(today, draftDay != null ? draftDay.minusDays(1) : (LocalDate) req[1]);
                LocalDate on = nextWorking(routedOn.plusDays(1 + x.nextInt(10)));
                // most units contribute before the main unit drafts; while it still handles, some have not yet
                if (x.nextDouble() < (draftDay != null ? 0.8 : 0.3) && !on.isAfter(until)) {
                    String opinion = CO_OPINIONS[x.nextInt(CO_OPINIONS.length)];
                    String by = clerk(co);
                    req[2] = opinion;
                    req[3] = on;
                    req[4] = by;
                    Ev e = new Ev("CO_OPINION", on, "HANDLING", by, opinion);
                    e.unit = co;
                    insertByDay(evs, e);
                }
            }
        }
        {
            boolean replied = Set.of("REPLIED", "REPORTED", "CLOSED").contains(state);
            if (replied) {
                LocalDate lastDay = evs.get(evs.size() - 1).on;
                // the petitioner's rating, within the window
                if (x.nextDouble() < 0.7) {
                    LocalDate on = repliedOn.plusDays(1 + x.nextInt(25));
                    if (!on.isAfter(today) && !on.isAfter(calendarDue(repliedOn, EVALUATION_DAYS))) {
                        double q = x.nextDouble();
                        boolean good = Set.of("SUPPORTED", "ADOPTED").contains(replyOutcome);
                        boolean bad = Set.of("REJECTED", "NOT_ADOPTED").contains(replyOutcome);
                        double satisfied = good ? 0.75 : bad ? 0.15 : 0.45;
                        double basically = good ? 0.95 : bad ? 0.5 : 0.85;
                        rating = q < satisfied ? "SATISFIED" : q < basically ? "BASICALLY_SATISFIED" : "DISSATISFIED";
                        double v = x.nextDouble();
                        ratingVia = v < 0.4 ? "ONLINE" : v < 0.85 ? "PHONE" : "IN_PERSON";
                        ratedOn = on;
                        ratedBy = ratingVia.equals("ONLINE") ? null : account("registrar", "yx_reg1");
                        Ev e = new Ev("EVALUATE", on, null, ratedBy == null ? Actor.PETITIONER_NAME : ratedBy, null);
                        e.outcome = rating;
                        e.via = ratingVia;
                        insertByDay(evs, e);
                        lastDay = max(lastDay, on);
                        ratings++;
                    }
                }
                // 复查 by the county government (Art 35: the reply of a department or township), reviewedOn here
                double pReview = "DISSATISFIED".equals(rating) ? 0.35
                        : Set.of("REJECTED", "NOT_ADOPTED").contains(replyOutcome) ? 0.12 : 0.02;
                LocalDate reviewEnd = calendarDue(repliedOn, Lifecycle.APPEAL_REQUEST_DAYS);
                LocalDate requested = lastDay.plusDays(1 + x.nextInt(10));
                if (x.nextDouble() < pReview && !requested.isAfter(reviewEnd) && !requested.isAfter(today)) {
                    String authority = county.name + "人民政府";
                    state = "UNDER_REVIEW";
                    Ev req = new Ev("REQUEST_REVIEW", requested, state, officer, null);
                    req.authority = authority;
                    req.from = requested;
                    evs.add(req);
                    List<Deadlines.Pause> pauses = new ArrayList<>();
                    LocalDate earliest = requested.plusDays(8);
                    if (x.nextDouble() < 0.3) {
                        LocalDate scheduled = requested.plusDays(1 + x.nextInt(3));
                        LocalDate heldFrom = nextWorking(scheduled.plusDays(3 + x.nextInt(6)));
                        LocalDate heldTo = x.nextBoolean() ? heldFrom : nextWorking(heldFrom.plusDays(1));
                        if (!scheduled.isAfter(today)) {
                            Ev h = new Ev("HEARING", scheduled, state, officer, null);
                            h.from = heldFrom;
                            h.to = heldTo;
                            evs.add(h);
                            boolean held = heldTo.isBefore(today);
                            hearingSink.add(++lastHearingId, id, "REVIEW", heldFrom, heldTo, bureau.name + "听证室",
                                    "信访人" + petName[pi] + "，原办理单位" + (mainUnit == null ? "" : mainUnit.name) + "代表，听证员3名",
                                    held ? "听证会听取了信访人陈述和原办理单位说明，双方进行了质证。" : null,
                                    held ? "听证员多数意见认为原处理意见事实清楚。" : null, officer, held ? officer : null, 0);
                            hearings++;
                            pauses.add(new Deadlines.Pause(heldFrom, heldTo));
                            earliest = max(earliest, heldTo.plusDays(2));
                        }
                    }
                    LocalDate due = deadlines.due(requested, Lifecycle.APPEAL_DECISION_DAYS, CountingMode.CALENDAR_DAYS, pauses);
                    LocalDate reviewedOn = nextWorking(max(earliest, requested.plusDays(10 + x.nextInt(15))));
                    if (reviewedOn.isAfter(due)) {
                        reviewedOn = due;
                    }
                    String outcome = null;
                    String opinion = null;
                    String document = null;
                    if (!reviewedOn.isAfter(today) && x.nextDouble() < 0.95) {
                        outcome = x.nextDouble() < 0.85 ? "UPHELD" : "REVISED";
                        opinion = REVIEW_OPINIONS[outcome.equals("UPHELD") ? 0 : 1];
                        document = county.name.charAt(0) + "政复查〔" + reviewedOn.getYear() + "〕" + (1 + x.nextInt(200)) + "号";
                        state = "REVIEWED";
                        Ev d = new Ev("DECIDE_REVIEW", reviewedOn, state, officer, null);
                        d.authority = authority;
                        d.outcome = outcome;
                        d.from = reviewedOn;
                        evs.add(d);
                    }
                    appealSink.add(++lastAppealId, id, "REVIEW", requested, REVIEW_REASONS[x.nextInt(REVIEW_REASONS.length)],
                            "COUNTY", authority, true, due, outcome, opinion, document, outcome == null ? null : reviewedOn,
                            outcome == null ? null : officer, officer, 0);
                    appeals++;
                    if (outcome != null) {
                        LocalDate reReviewEnd = calendarDue(reviewedOn, Lifecycle.APPEAL_REQUEST_DAYS);
                        LocalDate asked = reviewedOn.plusDays(3 + x.nextInt(20));
                        if (x.nextDouble() < 0.3 && !asked.isAfter(reReviewEnd) && !asked.isAfter(today)) {
                            // 复核 by the city government: recorded here as received
                            String city = "市人民政府";
                            state = "UNDER_RE_REVIEW";
                            Ev r2 = new Ev("REQUEST_RE_REVIEW", asked, state, officer, null);
                            r2.authority = city;
                            r2.from = asked;
                            evs.add(r2);
                            LocalDate due2 = deadlines.due(asked, Lifecycle.APPEAL_DECISION_DAYS, CountingMode.CALENDAR_DAYS);
                            LocalDate decided2 = min(due2, nextWorking(asked.plusDays(12 + x.nextInt(15))));
                            String outcome2 = null;
                            if (!decided2.isAfter(today) && x.nextDouble() < 0.9) {
                                outcome2 = x.nextDouble() < 0.9 ? "UPHELD" : "REVISED";
                                state = "TERMINATED";
                                terminatedOn = decided2;
                                terminationReason = "RE_REVIEWED";
                                Ev d2 = new Ev("DECIDE_RE_REVIEW", decided2, state, officer, null);
                                d2.authority = city;
                                d2.outcome = outcome2;
                                d2.from = decided2;
                                evs.add(d2);
                            }
                            appealSink.add(++lastAppealId, id, "RE_REVIEW", asked, "对复查意见不服，请求复核", "CITY", city, false,
                                    due2, outcome2, outcome2 == null ? null : "经复核，维持复查意见。",
                                    outcome2 == null ? null : "市政复核〔" + decided2.getYear() + "〕" + (1 + x.nextInt(90)) + "号",
                                    outcome2 == null ? null : decided2, outcome2 == null ? null : officer, officer, 0);
                            appeals++;
                        } else if (today.isAfter(reReviewEnd)) {
                            terminatedOn = reReviewEnd.plusDays(1);
                            terminationReason = "RE_REVIEW_LAPSED";
                        }
                    }
                } else if (today.isAfter(reviewEnd) && lastDay.isBefore(reviewEnd.plusDays(1))) {
                    terminatedOn = reviewEnd.plusDays(1);
                    terminationReason = "REVIEW_LAPSED";
                }
                if (terminationReason != null && !terminationReason.equals("RE_REVIEWED")) {
                    // the nightly job: the window for the next appeal lapsed unused (三级终结 by lapse)
                    state = "TERMINATED";
                    if (closedOn == null) {
                        closedOn = terminatedOn;
                    }
                    Ev t = new Ev("TERMINATE", terminatedOn, state, Actor.SYSTEM_NAME, null);
                    t.outcome = terminationReason;
                    evs.add(t);
                }
            }
            // 不予受理 of a review or re-review request asked too late (Appeals.refuseAppeal): the request
            // leaves its record and a timeline entry, the matter's state stays as it is
            if (terminatedOn != null && !terminatedOn.isAfter(today)) {
                boolean reReview = !terminationReason.equals("REVIEW_LAPSED");
                double p = terminationReason.equals("REVIEW_LAPSED") ? 0.03 : 0.08;
                if (x.nextDouble() < p) {
                    LocalDate requested = terminatedOn.plusDays(2 + x.nextInt(60));
                    LocalDate refused = nextWorking(requested.plusDays(1 + x.nextInt(6)));
                    if (!refused.isAfter(today) && !refused.isBefore(evs.get(evs.size() - 1).on)) {
                        String stage = reReview ? "RE_REVIEW" : "REVIEW";
                        String authority = reReview ? "市人民政府" : county.name + "人民政府";
                        String reason = terminationReason.equals("RE_REVIEWED") ? REFUSAL_REASONS[1] : REFUSAL_REASONS[0];
                        String notice = county.name.charAt(0) + (reReview ? "政复核不受〔" : "政复查不受〔") + refused.getYear()
                                + "〕" + (1 + x.nextInt(90)) + "号";
                        Ev e = new Ev("REFUSE_APPEAL", refused, null, officer, reason);
                        e.authority = authority;
                        e.outcome = stage;
                        e.from = requested;
                        e.to = refused;
                        e.document = notice;
                        evs.add(e);
                        refusalSink.add(++lastRefusalId, id, stage, requested, reReview ? "对复查意见不服，请求复核"
                                : REVIEW_REASONS[x.nextInt(REVIEW_REASONS.length)], authority, refused, reason, notice, officer, 0);
                        refusals++;
                    }
                }
            }
            // 积案: the bureau flags open matters long past their handling due day
            if (Set.of("ACCEPTED", "HANDLING", "OBJECTED", "REPLY_DRAFTED").contains(state) && handlingDue != null
                    && handlingDue.isBefore(today.minusDays(20)) && x.nextDouble() < 0.6) {
                LocalDate on = max(evs.get(evs.size() - 1).on, handlingDue.plusDays(10 + x.nextInt(10)));
                if (!on.isAfter(today)) {
                    backlog = true;
                    backlogReason = "超过办理期限仍未办结，列入积案化解";
                    evs.add(new Ev("BACKLOG_FLAG", on, state, officer, backlogReason));
                }
            }
            // steps that leave the state as it is take the state of the step before them
            for (int i = 1; i < evs.size(); i++) {
                Ev e = evs.get(i);
                if (e.stateAfter == null || KEEP_STATE.contains(e.type)) {
                    e.stateAfter = evs.get(i - 1).stateAfter;
                }
            }
        }
        // the backlog dates as the product's rules left them (BacklogRules: every night, on a repeat, on a flag)
        LocalDate registeredDay = evs.get(0).on;
        Life life = new Life(originId == 0, received, registeredDay, evs, closedOn, terminatedOn);
        int[] dates = life.backlog(today);
        LocalDate backlogSince = dates[0] == NONE ? null : LocalDate.ofEpochDay(dates[0]);
        LocalDate backlogEndedOn = dates[1] == NONE ? null : LocalDate.ofEpochDay(dates[1]);
        if (originId == 0) {
            life.matterId = id;
            life.emitted = dates;
            chainLife[pi] = life;
        } else {
            Life origin = chainLife[pi];
            if (origin != null && origin.matterId == originId) {
                origin.repeat(received, registeredDay);
                if (origin.repeats >= BACKLOG_REPEATS && !origin.queued) {
                    origin.queued = true;
                    backlogByRepeats.add(origin);
                }
            }
        }

        // the timeline, in order, at office hours
        OffsetDateTime last = null;
        OffsetDateTime registeredAt = null;
        String decisionType = null;
        OffsetDateTime decidedAt = null;
        for (Ev e : evs) {
            OffsetDateTime at = e.on.atTime(8, 30).plusMinutes(rnd.nextInt(540)).plusSeconds(rnd.nextInt(60)).atOffset(CST);
            if (last != null && !at.isAfter(last)) {
                at = last.plusMinutes(1 + rnd.nextInt(20));
            }
            if (o.now() != null && e.on.equals(today)) {
                // today's steps happened before now: each within the first half of the time left
                OffsetDateTime after = last != null && last.toLocalDate().equals(today) ? last : today.atStartOfDay().atOffset(CST);
                long room = Math.max(2, ChronoUnit.SECONDS.between(after, o.now()));
                at = after.plusSeconds(1 + rnd.nextLong(Math.max(1, room / 2)));
            }
            last = at;
            if (registeredAt == null) {
                registeredAt = at;
            }
            if (decidedAt == null && DECISIONS.contains(e.type)) {
                // the decision on the matter row too, as Matter.accept / decideAgainst write it
                decisionType = e.type;
                decidedAt = at;
            }
            eventSink.add(++lastEventId, id, e.type, at, e.by, e.stateAfter, e.routingMode, e.unit == null ? null : e.unit.id,
                    e.days, e.text, e.authority, e.outcome, e.via, e.from, e.to, e.document);
            for (U co : e.coUnits) {
                eventCoUnitSink.add(lastEventId, co.id);
            }
            events++;
        }

        // the representatives' names first (the same draws in the same order as before), so that the
        // search terms are written with the row, as the product writes them (Matter.refreshSearchTerms)
        List<String> repNames = new ArrayList<>(reps);
        for (int p = 0; p < reps; p++) {
            repNames.add(p == 0 ? petName[pi] : personName(rnd));
        }
        List<String> searchTexts = new ArrayList<>(List.of(content, petName[pi], petName[pi]));
        searchTexts.addAll(repNames);
        String searchTerms = cn.xinfang.petition.shared.entity.SearchTerms.of(searchTexts.toArray(String[]::new));
        matterSink.add(id, number, channel, received, registeredAt, registeredBy, registeringUnit.id, transferLevel,
                transferDocument, petitionerId, people, cross, c.place.id, content, c.kind, c.cat.code, c.purpose,
                c.accusedParty, c.accusedUnit == null ? null : c.accusedUnit.id, originId == 0 ? null : originId, state,
                acceptanceDue, 0, acceptedOn, decisionText, routingMode, mainUnit == null ? null : mainUnit.id, routedOn,
                objectionDue, handlingDue, extensionDays, extensionReason, replyOutcome, replyText, replyDraftedBy,
                replyApprovedBy, repliedOn, closedOn,
                channel.equals("HOTLINE_12345") ? "12345-" + received.toString().replace("-", "") + "-" + id : null,
                petName[pi], PersonalData.seal(petPhone[pi]), petAddress[pi],
                c.kind.equals(ACCUSATION) && (c.accusedUnit != null || !state.equals("REGISTERED")),
                lookupCode, rating, ratedOn, ratedBy, ratingVia, terminatedOn, terminationReason, backlog, backlogReason,
                searchTerms, backlogSince, backlogEndedOn, decisionType, decidedAt);
        if (backlogSince != null) {
            backlogDated++;
        }
        for (int p = 0; p < reps; p++) {
            representativeSink.add(id, p, repNames.get(p));
            representatives++;
        }
        if (mainUnit != null) {
            for (U co : coUnits) {
                coUnitSink.add(id, co.id);
                coUnitRows++;
            }
        }
        for (Object[] req : coRequests) {
            coHandlingSink.add(++lastCoHandlingId, id, ((U) req[0]).id, routedOn, req[1], req[2], req[3], req[4], false, 0);
        }
    }

    /**
     * The first matters of chains that reached {@link #BACKLOG_REPEATS} repeats: their backlog dates
     * counted the repeat rule only from the repeats known when they were written, so they are set
     * again now that every repeat is known (one UPDATE per changed matter).
     */
    private void backlogByRepeats() throws SQLException {
        int changed = 0;
        try (PreparedStatement ps = con.prepareStatement("UPDATE matter SET backlog_since = ?, backlog_ended_on = ? WHERE id = ?")) {
            for (Life l : backlogByRepeats) {
                int[] d = l.backlog(o.today());
                if (Arrays.equals(d, l.emitted)) {
                    continue;
                }
                if (l.emitted[0] == NONE) {
                    backlogDated++;
                }
                ps.setObject(1, d[0] == NONE ? null : LocalDate.ofEpochDay(d[0]));
                ps.setObject(2, d[1] == NONE ? null : LocalDate.ofEpochDay(d[1]));
                ps.setLong(3, l.matterId);
                ps.addBatch();
                if (++changed % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        commit();
        backlogByRepeats.clear();
        int n = changed;
        log(String.format(Locale.ROOT, "  backlog by repeats: %,d first matters dated again", n));
    }

    /**
     * What the backlog rules ({@code BacklogRules}) read of one matter over its life, to set its
     * backlog dates as the product would have left them: the nightly job (after the day's
     * terminations) marks a matter that became backlog from the earliest day a rule held and ends
     * one that no longer is on the day it was closed (or terminated, or the day of the run); a
     * repeat's registration marks its first matter at once; a flag by hand marks the matter that
     * day. Times are keys: {@code 2·day} for a termination by the nightly job, {@code 2·day+1} for
     * every other step, so the night's run on {@code day} sees the keys up to {@code 2·day}.
     */
    static final class Life {
        private static final byte OPEN = 0;
        private static final byte ENDED = 1;
        private static final byte TERMINATED = 2;
        /** The states BacklogRules.ENDED names besides TERMINATED. */
        private static final Set<String> FINAL = Set.of("NOT_ACCEPTED", "STATUTORY_CHANNEL", "FORWARDED", "CLOSED");
        /** The steps that set closed_on (a termination closes a matter not closed yet). */
        private static final Set<String> CLOSING = Set.of("REFUSE", "REFER_STATUTORY", "FORWARD_ACCUSATION", "CLOSE", "TERMINATE");

        final boolean origin;
        final int received;
        final int registered;
        final int[] keys;
        final byte[] states;
        final int flagKey;
        final int closedOn;
        final int closedKey;
        final int terminatedOn;
        final int terminatedKey;
        int repeats;
        int[] repeatReceived = new int[0];
        int[] repeatRegistered = new int[0];
        long matterId;
        int[] emitted;
        boolean queued;

        Life(boolean origin, LocalDate received, LocalDate registered, List<Ev> evs, LocalDate closedOn, LocalDate terminatedOn) {
            this.origin = origin;
            this.received = (int) received.toEpochDay();
            this.registered = (int) registered.toEpochDay();
            keys = new int[evs.size()];
            states = new byte[evs.size()];
            int flag = Integer.MAX_VALUE;
            int closed = Integer.MAX_VALUE;
            int terminated = Integer.MAX_VALUE;
            for (int i = 0; i < evs.size(); i++) {
                Ev e = evs.get(i);
                int day = (int) e.on.toEpochDay();
                keys[i] = e.type.equals("TERMINATE") ? 2 * day : 2 * day + 1;
                states[i] = e.stateAfter.equals("TERMINATED") ? TERMINATED : FINAL.contains(e.stateAfter) ? ENDED : OPEN;
                if (e.type.equals("BACKLOG_FLAG") && flag == Integer.MAX_VALUE) {
                    flag = keys[i];
                }
                if (closedOn != null && closed == Integer.MAX_VALUE && CLOSING.contains(e.type)) {
                    closed = keys[i];
                }
                if (terminatedOn != null && terminated == Integer.MAX_VALUE && states[i] == TERMINATED) {
                    terminated = keys[i];
                }
            }
            flagKey = flag;
            this.closedOn = closedOn == null ? NONE : (int) closedOn.toEpochDay();
            closedKey = closed;
            this.terminatedOn = terminatedOn == null ? NONE : (int) terminatedOn.toEpochDay();
            terminatedKey = terminated;
        }

        void repeat(LocalDate receivedOn, LocalDate registeredOn) {
            if (repeats == repeatReceived.length) {
                repeatReceived = Arrays.copyOf(repeatReceived, Math.max(4, repeats * 2));
                repeatRegistered = Arrays.copyOf(repeatRegistered, Math.max(4, repeats * 2));
            }
            repeatReceived[repeats] = (int) receivedOn.toEpochDay();
            repeatRegistered[repeats] = (int) registeredOn.toEpochDay();
            repeats++;
        }

        /** {backlog_since, backlog_ended_on} as epoch days ({@link #NONE} for none) after the runs up to {@code today}. */
        int[] backlog(LocalDate todayDate) {
            int today = (int) todayDate.toEpochDay();
            // actions as (time << 2 | kind), time in half keys: the night's run of day d at 4d+1, a step of
            // key k at 2k; kinds: 0 the night's run, 1 a flag, 2 a repeat's registration, 3 the last run today
            long[] actions = new long[keys.length + 2 * repeats + 3];
            int n = 0;
            actions[n++] = night(received + BACKLOG_OPEN_DAYS + 1);
            for (int k : keys) {
                actions[n++] = night((k + 1) / 2);
            }
            for (int i = 0; i < repeats; i++) {
                actions[n++] = night(repeatRegistered[i] + 1);
                if (origin) {
                    actions[n++] = ((long) (4L * repeatRegistered[i] + 2) << 2) | 2;
                }
            }
            if (flagKey != Integer.MAX_VALUE) {
                actions[n++] = ((long) 2 * flagKey << 2) | 1;
            }
            actions[n++] = ((4L * today + 4) << 2) | 3;
            Arrays.sort(actions, 0, n);
            boolean marked = false;
            int since = NONE;
            int ended = NONE;
            long lastNight = Long.MIN_VALUE;
            for (int a = 0; a < n; a++) {
                long time = actions[a] >> 2;
                int kind = (int) (actions[a] & 3);
                int day;
                int bound;
                int repeatBound;
                switch (kind) {
                    case 0 -> {
                        if (time == lastNight) {
                            continue;
                        }
                        lastNight = time;
                        day = (int) ((time - 1) / 4);
                        if (day <= registered || day > today) {
                            continue;
                        }
                        bound = 2 * day;
                        repeatBound = day - 1;
                    }
                    case 1 -> {
                        // flagged by hand (Matter.flagBacklog): from that day, unless it is backlog already
                        if (!marked) {
                            marked = true;
                            since = (int) (time / 4);
                            ended = NONE;
                        }
                        continue;
                    }
                    case 2 -> {
                        day = (int) ((time - 2) / 4);
                        bound = 2 * day;
                        repeatBound = day;
                    }
                    default -> {
                        // every step (Integer.MAX_VALUE stands for "no such step")
                        day = today;
                        bound = Integer.MAX_VALUE - 1;
                        repeatBound = today;
                    }
                }
                byte state = OPEN;
                for (int i = 0; i < keys.length; i++) {
                    // in the timeline's order: the last step the run sees
                    if (keys[i] <= bound) {
                        state = states[i];
                    }
                }
                int visibleRepeats = 0;
                int nth = NONE;
                for (int i = 0; i < repeats; i++) {
                    if (repeatRegistered[i] <= repeatBound && ++visibleRepeats == BACKLOG_REPEATS) {
                        nth = repeatReceived[i];
                    }
                }
                boolean open = state == OPEN && received + BACKLOG_OPEN_DAYS < day;
                boolean byRepeats = origin && state != TERMINATED && visibleRepeats >= BACKLOG_REPEATS;
                boolean now = flagKey <= bound || open || byRepeats;
                if (now && !marked) {
                    int s = day;
                    if (state == OPEN && received + BACKLOG_OPEN_DAYS < s) {
                        s = received + BACKLOG_OPEN_DAYS;
                    }
                    if (origin && nth != NONE && nth < s) {
                        s = nth;
                    }
                    marked = true;
                    since = s;
                    ended = NONE;
                } else if (!now && marked) {
                    int e = closedKey <= bound ? closedOn : terminatedKey <= bound ? terminatedOn : day;
                    if (e > day) {
                        e = day;
                    }
                    marked = false;
                    ended = Math.max(e, since);
                }
            }
            return new int[] {since, ended};
        }

        private static long night(int day) {
            return ((4L * day + 1) << 2);
        }
    }

    /** Puts a step after every step of the same day or before. */
    private static void insertByDay(List<Ev> evs, Ev e) {
        int at = evs.size();
        while (at > 1 && evs.get(at - 1).on.isAfter(e.on)) {
            at--;
        }
        evs.add(at, e);
    }

    private static final class Ev {
        final String type;
        final LocalDate on;
        String stateAfter;
        final String by;
        /** The words a person wrote for the step (matter_event.text). */
        final String text;
        String routingMode;
        U unit;
        List<U> coUnits = List.of();
        Integer days;
        String authority;
        String outcome;
        String via;
        LocalDate from;
        LocalDate to;
        String document;

        Ev(String type, LocalDate on, String stateAfter, String by, String text) {
            this.type = type;
            this.on = on;
            this.stateAfter = stateAfter;
            this.by = by;
            this.text = text;
        }

        static Ev route(LocalDate on, String by, String mode, U main, List<U> co) {
            Ev e = new Ev("ROUTE", on, "HANDLING", by, null);
            e.routingMode = mode;
            e.unit = main;
            e.coUnits = co;
            return e;
        }

        Ev days(int days) {
            this.days = days;
            return this;
        }
    }

    // ------------------------------------------------------------------ petitioners

    private int newPetitioner() {
        int pi = petCount++;
        if (pi >= petName.length) {
            int n = petName.length * 2;
            petName = Arrays.copyOf(petName, n);
            petPhone = Arrays.copyOf(petPhone, n);
            petAddress = Arrays.copyOf(petAddress, n);
            chainOrigin = Arrays.copyOf(chainOrigin, n);
            chainSeed = Arrays.copyOf(chainSeed, n);
            chainLife = Arrays.copyOf(chainLife, n);
        }
        String name = personName(rnd);
        petName[pi] = name;
        String idNumber = rnd.nextDouble() < 0.12 ? null : idNumber();
        double ph = rnd.nextDouble();
        String phone = ph < 0.08 ? null : ph < 0.13
                ? "0578-" + (2000000 + rnd.nextInt(8000000))
                : MOBILE[rnd.nextInt(MOBILE.length)] + pad(rnd.nextInt(100_000_000), 8);
        U t = townships.get(townshipPick.pick(rnd));
        List<U> vs = villagesOf.getOrDefault(t.index, List.of());
        String address = rnd.nextDouble() < 0.1 ? null
                : county.name + t.name + (vs.isEmpty() ? "" : vs.get(rnd.nextInt(vs.size())).name) + (1 + rnd.nextInt(200)) + "号";
        // sealed and indexed as the entity does (shared.entity.PersonalData)
        petitionerSink.add(firstPetitionerId + pi, name, PersonalData.seal(idNumber), PersonalData.index(PersonalData.Kind.ID_NUMBER, idNumber),
                PersonalData.seal(phone), phone == null ? null : PersonalData.index(PersonalData.Kind.PHONE, phone), address, 0);
        petPhone[pi] = phone;
        petAddress[pi] = address;
        if (rnd.nextDouble() < 0.03) {
            if (frequentCount == frequent.length) {
                frequent = Arrays.copyOf(frequent, frequent.length * 2);
            }
            frequent[frequentCount++] = pi;
        }
        return pi;
    }

    /** Mostly someone who came recently; a small group of frequent petitioners keeps coming back. */
    private int pickExisting() {
        if (frequentCount > 0 && rnd.nextDouble() < 0.35) {
            return frequent[rnd.nextInt(frequentCount)];
        }
        int back = (int) (-Math.log(1 - rnd.nextDouble()) * Math.max(20, petCount * 0.03));
        return Math.max(0, petCount - 1 - back);
    }

    private String idNumber() {
        while (true) {
            String region = rnd.nextDouble() < 0.85 ? REGION_LOCAL[rnd.nextInt(REGION_LOCAL.length)]
                    : REGION_OTHER[rnd.nextInt(REGION_OTHER.length)];
            // ages 18..85, most between 40 and 70
            int age = 18 + (int) ((rnd.nextDouble() + rnd.nextDouble() + rnd.nextDouble()) / 3 * 67);
            LocalDate birth = LocalDate.of(o.today().getYear() - age, 1, 1).plusDays(rnd.nextInt(365));
            String first17 = region + birth.getYear() + pad(birth.getMonthValue(), 2) + pad(birth.getDayOfMonth(), 2)
                    + pad(rnd.nextInt(1000), 3);
            if (idNumbers.add(Long.parseLong(first17))) {
                return first17 + checkCharacter(first17);
            }
        }
    }

    /** GB 11643-1999 check character (ISO 7064 MOD 11-2), as the product computes it. */
    static char checkCharacter(String first17) {
        return IdNumber.withCheckCharacter(first17).charAt(17);
    }

    private static String personName(SplittableRandom r) {
        // surnames fall off with rank, as they do in the population
        int s = (int) Math.min(SURNAMES.length() - 1, -Math.log(1 - r.nextDouble()) * 14);
        StringBuilder b = new StringBuilder(3).append(SURNAMES.charAt(s));
        b.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
        if (r.nextDouble() < 0.7) {
            b.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ the matter a petitioner raises

    private record Cat(int index, String code, String name, String parent) {
    }

    private static final class U {
        final long id;
        final String code;
        final String name;
        final String kind;
        final long parentId;
        int index;
        U township;

        U(long id, String code, String name, String kind, long parentId) {
            this.id = id;
            this.code = code;
            this.name = name;
            this.kind = kind;
            this.parentId = parentId;
        }
    }

    /** What a chain of repeats has in common: derived from its own seed, so a repeat raises the same matter again. */
    private record Chain(String kind, Cat cat, U place, String purpose, String accusedParty, U accusedUnit, U main,
                         U alternative, List<U> coUnits) {
    }

    private Chain chain(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        String kind = KINDS[KIND_MIX.pick(r)];
        Cat cat = cats.get((kind.equals(ACCUSATION) ? accusationCats : generalCats).pick(r));
        U township = townships.get(townshipPick.pick(r));
        Weighted vp = villagePick.get(township.index);
        U place = vp != null && r.nextDouble() < 0.85 ? villagesOf.get(township.index).get(vp.pick(r)) : township;
        String purpose = switch (kind) {
            case SUGGESTION -> "SUGGESTION";
            case ACCUSATION -> "ACCUSATION";
            default -> {
                double u = r.nextDouble();
                yield u < 0.65 ? "DEMAND" : u < 0.90 ? "APPEAL" : u < 0.97 ? "CONSULTATION" : "OTHER";
            }
        };
        String accusedParty = null;
        U accusedUnit = null;
        if (kind.equals(ACCUSATION)) {
            double u = r.nextDouble();
            String person = SURNAMES.charAt(r.nextInt(30)) + "某" + (r.nextBoolean() ? "某" : "");
            if (u < 0.55 && place.township != null) {
                accusedUnit = place;
                accusedParty = place.name + (r.nextBoolean() ? "村委会主任 " : "党支部书记 ") + person;
            } else if (u < 0.80) {
                List<U> candidates = routableDepartments.stream().filter(d -> d != discipline).toList();
                accusedUnit = candidates.get(r.nextInt(candidates.size()));
                accusedParty = accusedUnit.name + "工作人员 " + person;
            } else {
                accusedParty = (r.nextBoolean() ? "某企业负责人 " : "某包工头 ") + person;
            }
        }
        U department = departmentFor(cat, r);
        U placeTownship = place.township != null ? place.township : place;
        U main;
        if (kind.equals(ACCUSATION) && discipline != null && (cat.parent.equals("04") || cat.code.equals("0102"))) {
            main = discipline;
        } else {
            main = r.nextDouble() < 0.55 ? department : placeTownship;
        }
        if (main == accusedUnit) {
            main = discipline != null ? discipline : bureau;
        }
        U alternative = main == placeTownship ? department : placeTownship;
        if (alternative == accusedUnit || alternative == main) {
            alternative = routableDepartments.get(r.nextInt(routableDepartments.size()));
            if (alternative == accusedUnit || alternative == main) {
                alternative = discipline != null && discipline != main ? discipline : bureau;
            }
        }
        List<U> co = List.of();
        // the demo county shows 协办 at work more often than the benchmark data set
        if (r.nextDouble() < (o.demo() ? 0.25 : 0.06)) {
            List<U> list = new ArrayList<>();
            int n = 1 + (r.nextDouble() < 0.3 ? 1 : 0);
            for (int i = 0; i < n; i++) {
                U x = r.nextBoolean() ? routableDepartments.get(r.nextInt(routableDepartments.size())) : placeTownship;
                if (x != main && x != accusedUnit && !list.contains(x)) {
                    list.add(x);
                }
            }
            co = List.copyOf(list);
        }
        return new Chain(kind, cat, place, purpose, accusedParty, accusedUnit, main, alternative, co);
    }

    private U departmentFor(Cat cat, SplittableRandom r) {
        String word = DEPARTMENT_OF.getOrDefault(cat.code, DEPARTMENT_OF.get(cat.parent));
        if (word != null) {
            for (U d : routableDepartments) {
                if (d.name.contains(word)) {
                    return d;
                }
            }
        }
        return routableDepartments.get(r.nextInt(routableDepartments.size()));
    }

    private String content(Chain c, int people, boolean repeat, String name, SplittableRandom r) {
        String placeName = (c.place.township != null ? c.place.township.name : "") + c.place.name;
        String[] phrases = PHRASES.get(c.cat.code);
        String phrase = phrases != null ? phrases[r.nextInt(phrases.length)] : c.cat.name + "方面存在问题";
        String who = people >= 5 ? name + "等" + people + "人" : name;
        StringBuilder b = new StringBuilder(160);
        switch (c.kind) {
            case SUGGESTION -> b.append(who).append("建议：针对").append(placeName).append(phrase).append("的情况，")
                    .append(SUGGESTION_TAILS[r.nextInt(SUGGESTION_TAILS.length)]).append("。");
            case ACCUSATION -> b.append(who).append("举报：").append(c.accusedParty)
                    .append(c.accusedUnit == null ? PRIVATE_WRONGS[r.nextInt(PRIVATE_WRONGS.length)]
                            : phrases != null && (c.cat.parent.equals("04") || c.cat.code.equals("0102")) ? phrase
                            : "在" + c.cat.name + "工作中存在违规问题")
                    .append("，").append(detail(r)).append("，请求依法查处。");
            default -> b.append(who).append("反映：").append(repeat ? "（再次反映）" : "").append(placeName).append(phrase)
                    .append("，").append(detail(r)).append("，").append(DEMANDS[r.nextInt(DEMANDS.length)]).append("。");
        }
        if (r.nextDouble() < 0.05) {
            // a long letter
            int more = 2 + r.nextInt(6);
            for (int i = 0; i < more; i++) {
                b.append("另外，").append(detail(r)).append("，").append(DEMANDS[r.nextInt(DEMANDS.length)]).append("。");
            }
        }
        return b.toString();
    }

    private static String detail(SplittableRandom r) {
        String d = DETAILS[r.nextInt(DETAILS.length)];
        return d.contains("%d") ? d.replace("%d", String.valueOf(2 + r.nextInt(60))) : d;
    }

    private static String replyText(String outcome) {
        String body = switch (outcome) {
            case "SUPPORTED" -> "经调查核实，信访人反映的问题基本属实，已责成有关单位限期整改到位。";
            case "EXPLAINED" -> "经调查核实，已就有关政策规定和办理情况向信访人作出解释说明。";
            case "REJECTED" -> "经调查核实，信访人的诉求缺乏事实和政策依据，不予支持。";
            case "ADOPTED" -> "信访人的建议具有可行性，已予采纳并转有关单位研究落实。";
            default -> "经研究，信访人的建议暂不具备实施条件，未予采纳。";
        };
        return body + "如不服本意见，可自收到之日起30日内向上一级行政机关请求复查。";
    }

    private static List<U> without(List<U> list, U u) {
        if (!list.contains(u)) {
            return list;
        }
        List<U> copy = new ArrayList<>(list);
        copy.remove(u);
        return List.copyOf(copy);
    }

    private String clerk(U unit) {
        return account("clerk:" + unit.code, "yx_c" + unit.code.substring(Math.max(0, unit.code.length() - 6)));
    }

    private String leader(U unit) {
        return account("leader:" + unit.code, "yx_l" + unit.code.substring(Math.max(0, unit.code.length() - 6)));
    }

    private String account(String key, String synthetic) {
        return o.accounts().getOrDefault(key, synthetic);
    }

    // ------------------------------------------------------------------ deadlines (the product's calendar mode)

    /** Whether a day is a working day: the week, corrected by the holiday arrangements in holiday_date. */
    private boolean working(LocalDate d) {
        Boolean k = arrangements.get(d);
        if (k != null) {
            return k;
        }
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private LocalDate nextWorking(LocalDate d) {
        while (!working(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Calendar days counted from the day after the trigger; a last day off moves to the next working day. */
    private LocalDate calendarDue(LocalDate trigger, int days) {
        return nextWorking(trigger.plusDays(days));
    }

    /** The days-th working day after the trigger (the 5-working-day objection period). */
    private LocalDate workingDue(LocalDate trigger, int days) {
        LocalDate d = trigger;
        int counted = 0;
        while (counted < days) {
            d = d.plusDays(1);
            if (working(d)) {
                counted++;
            }
        }
        return d;
    }

    // ------------------------------------------------------------------ finishing

    private void finish() throws SQLException {
        for (int i = 0; i < yearCounters.length; i++) {
            if (yearCounters[i] == 0) {
                continue;
            }
            int year = firstYear + i;
            try (PreparedStatement up = con.prepareStatement("UPDATE matter_number SET last_value = ? WHERE prefix = ? AND num_year = ?")) {
                up.setLong(1, yearCounters[i]);
                up.setString(2, prefix);
                up.setInt(3, year);
                if (up.executeUpdate() == 0) {
                    try (PreparedStatement ins = con.prepareStatement("INSERT INTO matter_number (prefix, num_year, last_value) VALUES (?, ?, ?)")) {
                        ins.setString(1, prefix);
                        ins.setInt(2, year);
                        ins.setLong(3, yearCounters[i]);
                        ins.executeUpdate();
                    }
                }
            }
        }
        // the entities allocate 50 ids per sequence call: the next allocation starts after the generated ids
        Map<String, Long> last = new LinkedHashMap<>();
        last.put("petitioner_seq", lastPetitionerId + petCount);
        last.put("matter_seq", lastMatterId);
        last.put("matter_event_seq", lastEventId);
        last.put("co_handling_seq", lastCoHandlingId);
        last.put("appeal_seq", lastAppealId);
        last.put("hearing_seq", lastHearingId);
        last.put("appeal_refusal_seq", lastRefusalId);
        for (var e : last.entrySet()) {
            if (o.demo()) {
                // no DDL inside the caller's transaction (H2 would commit it): step the sequence instead
                long v = nextval(e.getKey());
                while (v - 49 <= e.getValue()) {
                    v = nextval(e.getKey());
                }
            } else {
                exec("ALTER SEQUENCE " + e.getKey() + " RESTART WITH " + (e.getValue() + 1000));
            }
        }
        commit();
    }

    // ------------------------------------------------------------------ bulk writing

    /** Multi-row INSERT statements of 100 rows, sent in JDBC batches: any database. */
    /** The server's secret key for lookup-code hashes (created in the database when none is configured). */
    private byte[] lookupKey() {
        if (lookupKey == null) {
            try {
                lookupKey = cn.xinfang.petition.shared.control.ServerSecret.resolve(con);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("the server's secret key could not be read", e);
            }
        }
        return lookupKey;
    }

    public static Sink insertSink(Connection con, String table, String[] cols) {
        return new InsertSink(con, table, cols);
    }

    private static final class InsertSink implements Sink {
        private static final int ROWS_PER_STATEMENT = 100;
        private final Connection con;
        private final String table;
        private final String[] cols;
        private final List<Object[]> rows = new ArrayList<>();

        InsertSink(Connection con, String table, String[] cols) {
            this.con = con;
            this.table = table;
            this.cols = cols;
        }

        private String sql(int n) {
            String one = "(" + String.join(", ", java.util.Collections.nCopies(cols.length, "?")) + ")";
            return "INSERT INTO " + table + " (" + String.join(", ", cols) + ") VALUES "
                    + String.join(", ", java.util.Collections.nCopies(n, one));
        }

        @Override
        public void add(Object... v) {
            if (v.length != cols.length) {
                throw new IllegalArgumentException(table + ": " + v.length + " values for " + cols.length + " columns");
            }
            rows.add(v);
        }

        @Override
        public void flush() throws SQLException {
            int full = rows.size() / ROWS_PER_STATEMENT;
            if (full > 0) {
                try (PreparedStatement ps = con.prepareStatement(sql(ROWS_PER_STATEMENT))) {
                    for (int s = 0; s < full; s++) {
                        bind(ps, s * ROWS_PER_STATEMENT, ROWS_PER_STATEMENT);
                        ps.addBatch();
                        if (s % 20 == 19) {
                            ps.executeBatch();
                        }
                    }
                    ps.executeBatch();
                }
            }
            int rest = rows.size() - full * ROWS_PER_STATEMENT;
            if (rest > 0) {
                try (PreparedStatement ps = con.prepareStatement(sql(rest))) {
                    bind(ps, full * ROWS_PER_STATEMENT, rest);
                    ps.executeUpdate();
                }
            }
            rows.clear();
        }

        private void bind(PreparedStatement ps, int from, int n) throws SQLException {
            int p = 1;
            for (int r = from; r < from + n; r++) {
                for (Object x : rows.get(r)) {
                    if (x instanceof OffsetDateTime t) {
                        ps.setObject(p++, t);
                    } else {
                        ps.setObject(p++, x);
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private void exec(String sql) throws SQLException {
        try (Statement s = con.createStatement()) {
            s.execute(sql);
        }
    }

    private long scalarLong(String sql) throws SQLException {
        try (Statement s = con.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long nextval(String sequence) throws SQLException {
        return scalarLong("SELECT nextval('" + sequence + "')");
    }

    private void log(String line) {
        if (o.log() != null) {
            o.log().accept(line);
        }
    }

    private int geo(double mean) {
        return (int) (-Math.log(1 - rnd.nextDouble()) * mean);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static StringBuilder two(StringBuilder b, int v) {
        if (v < 10) {
            b.append('0');
        }
        return b.append(v);
    }

    static String pad(long v, int width) {
        String s = Long.toString(v);
        if (s.length() >= width) {
            return s;
        }
        return "0".repeat(width - s.length()) + s;
    }

    private static void shuffle(double[] a, SplittableRandom r) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Picks an index with probability proportional to its weight. */
    static final class Weighted {
        private final double[] cum;

        Weighted(double... w) {
            cum = new double[w.length];
            double s = 0;
            for (int i = 0; i < w.length; i++) {
                s += w[i];
                cum[i] = s;
            }
        }

        int pick(SplittableRandom r) {
            double x = r.nextDouble() * cum[cum.length - 1];
            int lo = 0;
            int hi = cum.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cum[mid] > x) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }
    }
}
