package cn.xinfang.petition.organization.control;

import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.organization.entity.UnitKind;
import cn.xinfang.petition.shared.entity.Role;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

/** The fictional 青山县 (Qingshan County) used for demonstrations and browser tests. */
class DemoCounty {

    static final String PASSWORD = "demo";
    static final String CODE = "331199";

    private final EntityManager em;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final Map<String, Unit> units = new HashMap<>();
    private final Map<String, String> accounts = new HashMap<>();

    DemoCounty(EntityManager em, PasswordHasher hasher, Clock clock) {
        this.em = em;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Creates the county and its accounts; returns what the accounts do (see {@link DemoCountyReady}). */
    Map<String, String> load() {
        Unit county = unit(CODE, "青山县", UnitKind.COUNTY, null);
        String[][] departments = {
                {"331199001", "县信访局"}, {"331199002", "县委办公室"}, {"331199003", "县考核办"},
                {"331199004", "县住房和城乡建设局"}, {"331199005", "县人力资源和社会保障局"},
                {"331199006", "县自然资源和规划局"}, {"331199007", "县公安局"}, {"331199008", "县生态环境分局"},
                {"331199009", "县教育局"}, {"331199010", "县卫生健康局"}, {"331199011", "县民政局"},
                {"331199012", "县农业农村局"}, {"331199013", "县交通运输局"}, {"331199014", "县市场监督管理局"},
                {"331199015", "县纪委监委"}, {"331199016", "县人民法院"}, {"331199017", "县人民检察院"}};
        for (String[] d : departments) {
            unit(d[0], d[1], UnitKind.DEPARTMENT, county);
        }
        String[][] townships = {
                {"331199101", "城关镇"}, {"331199102", "青石镇"}, {"331199103", "白水乡"},
                {"331199104", "东湖街道"}, {"331199105", "柳林镇"}};
        for (String[] t : townships) {
            unit(t[0], t[1], UnitKind.TOWNSHIP, county);
        }
        unit("331199101201", "南关社区", UnitKind.COMMUNITY, units.get("331199101"));
        unit("331199101202", "北街社区", UnitKind.COMMUNITY, units.get("331199101"));
        unit("331199102201", "石桥村", UnitKind.VILLAGE, units.get("331199102"));
        unit("331199102202", "杨庄村", UnitKind.VILLAGE, units.get("331199102"));
        unit("331199103201", "白水村", UnitKind.VILLAGE, units.get("331199103"));
        unit("331199104201", "湖滨社区", UnitKind.COMMUNITY, units.get("331199104"));

        user("admin", "王建国", "331199001", Role.ADMIN);
        user("registrar", "李秀英", "331199001", Role.REGISTRAR);
        user("officer", "张伟", "331199001", Role.OFFICER);
        user("leader", "陈志强", "331199", Role.COUNTY_LEADER);
        user("appraiser", "刘洋", "331199003", Role.APPRAISER);
        user("clerk1", "赵敏", "331199004", Role.UNIT_CLERK);
        user("lead1", "孙立军", "331199004", Role.UNIT_LEADER);
        user("clerk2", "周静", "331199102", Role.UNIT_CLERK);
        em.flush();
        return Map.copyOf(accounts);
    }

    private Unit unit(String code, String name, UnitKind kind, Unit parent) {
        Unit u = new Unit(code, name, kind, parent);
        em.persist(u);
        units.put(code, u);
        return u;
    }

    private void user(String username, String name, String unitCode, Role role) {
        em.persist(new AppUser(username, name, units.get(unitCode), EnumSet.of(role), hasherHash(), clock.instant()));
        switch (role) {
            case REGISTRAR -> accounts.put("registrar", username);
            case OFFICER -> accounts.put("officer", username);
            case UNIT_CLERK -> accounts.put("clerk:" + unitCode, username);
            case UNIT_LEADER -> accounts.put("leader:" + unitCode, username);
            default -> {
                // the others take no step on a matter's timeline
            }
        }
    }

    private String cached;

    private String hasherHash() {
        // one hash for all demo accounts: they share the well-known password anyway
        if (cached == null) {
            cached = hasher.hash(PASSWORD.toCharArray());
        }
        return cached;
    }
}
