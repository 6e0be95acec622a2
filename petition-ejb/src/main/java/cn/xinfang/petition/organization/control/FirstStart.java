package cn.xinfang.petition.organization.control;

import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.organization.entity.UnitKind;
import cn.xinfang.petition.shared.control.SchemaMigrated;
import cn.xinfang.petition.shared.control.Settings;
import cn.xinfang.petition.shared.entity.Role;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.EnumSet;
import java.util.logging.Logger;

/**
 * What an empty database gets on the first start:
 * <ul>
 * <li>with {@code petition.demo=true}: the fictional 青山县 with its units and the demo accounts
 * (password {@code demo}), then {@link DemoCountyReady} for whoever fills it with work (the demo
 * matters of casehandling);</li>
 * <li>otherwise, when {@code PETITION_ADMIN_PASSWORD} is set: the county unit and the first
 * administrator {@code admin}, who must change that password at the first login;</li>
 * <li>otherwise nothing, and a log line saying how to create the first administrator.</li>
 * </ul>
 */
@Dependent
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Inject
    Event<DemoCountyReady> demoCountyReady;

    void onSchemaMigrated(@Observes SchemaMigrated event) {
        run();
    }

    public void run() {
        if (em.createNamedQuery(AppUser.COUNT, Long.class).getSingleResult() > 0) {
            return;
        }
        if (settings.flag("petition.demo")) {
            var accounts = new DemoCounty(em, hasher, clock).load();
            LOG.info("demo data loaded: 青山县 with demo accounts (password 'demo')");
            demoCountyReady.fire(new DemoCountyReady(DemoCounty.CODE, accounts));
            return;
        }
        var password = settings.get("petition.admin.password");
        if (password.isEmpty()) {
            LOG.warning("no user exists yet: set PETITION_ADMIN_PASSWORD (and optionally PETITION_COUNTY_CODE, "
                    + "PETITION_COUNTY_NAME) and restart to create the first administrator 'admin'");
            return;
        }
        PasswordPolicy.check("password", password.get(), "admin");
        Unit county = em.createNamedQuery(Unit.ALL, Unit.class).getResultStream()
                .filter(u -> u.getParent() == null).findFirst()
                .orElseGet(() -> {
                    Unit u = new Unit(settings.get("petition.county.code").orElse("000000"),
                            settings.get("petition.county.name").orElse("本县"), UnitKind.COUNTY, null);
                    em.persist(u);
                    return u;
                });
        AppUser admin = new AppUser("admin", "系统管理员", county, EnumSet.of(Role.ADMIN),
                hasher.hash(password.get().toCharArray()), clock.instant());
        admin.resetPassword(admin.getPasswordHash(), clock.instant());
        em.persist(admin);
        LOG.info("first administrator 'admin' created; the password must be changed at the first login");
    }
}
