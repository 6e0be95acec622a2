package cn.xinfang.petition.it;

import cn.xinfang.petition.casehandling.entity.IdNumber;
import cn.xinfang.petition.casehandling.boundary.EarlierMatters;
import cn.xinfang.petition.casehandling.boundary.MatterFilter;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.wildfly.security.auth.server.SecurityIdentity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static cn.xinfang.petition.it.Fixtures.PASSWORD;
import static cn.xinfang.petition.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Registration of petition matters through the real EJBs, database and security. */
class PetitionsIT extends InContainerTest {

    @Inject
    Petitions petitions;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    static String idNumber() {
        return IdNumber.withCheckCharacter("33118219" + String.format("%02d", 60 + new Random().nextInt(30)) + "0101"
                + String.format("%03d", new Random().nextInt(1000)));
    }

    RegistrationForm visit(String idNumber, LocalDate received, int people, List<String> reps, String repeatOf) {
        return new RegistrationForm("VISIT", received, null, null, "张三", idNumber, "13800000000", "测试村 1 号",
                people, reps, CrossLevel.NONE, c.villageId(), "反映拖欠工资问题。", MatterKind.GRIEVANCE, "0701",
                MatterPurpose.DEMAND, null, null, repeatOf);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void numbersAreSequentialPerCountyAndTheAcceptanceDeadlineFollowsTheHolidays() throws Exception {
        String id = idNumber();
        // received 2025-09-20: 15 calendar days end on 2025-10-05, inside the National Day holiday
        // (2025-10-01..08 off), so the period ends on the next working day, 2025-10-09
        MatterDetail first = as(c.registrar(), PASSWORD, () -> petitions.register(visit(id, LocalDate.of(2025, 9, 20), 1, List.of(), null)));
        assertEquals(LocalDate.of(2025, 10, 9), first.summary().due());
        assertEquals(MatterState.REGISTERED, first.summary().state());
        assertEquals("C" + c.tag() + "-2025-000001", first.summary().number());
        MatterDetail second = as(c.registrar(), PASSWORD, () -> petitions.register(visit(id, LocalDate.of(2025, 12, 1), 1, List.of(), null)));
        assertEquals("C" + c.tag() + "-2025-000002", second.summary().number());
        MatterDetail thisYear = as(c.officer(), PASSWORD, () -> petitions.register(visit(id, today(), 1, List.of(), null)));
        assertEquals("C" + c.tag() + "-" + today().getYear() + "-000001", thisYear.summary().number());
        assertEquals(1, first.timeline().size());
        assertEquals(c.registrar(), first.timeline().get(0).username());
    }

    @Test
    void refusedRegistrationsChangeNothingAndTakeNoNumber() throws Exception {
        String id = idNumber();
        long before = fixtures.count("SELECT COUNT(m) FROM Matter m");
        as(c.registrar(), PASSWORD, () -> {
            assertRefused("receivedOn", "error.matter.receivedInFuture", visit(id, today().plusDays(1), 1, List.of(), null));
            assertRefused("representatives", "error.matter.representatives", visit(id, today(), 5, List.of(), null));
            assertRefused("representatives", "error.matter.representatives",
                    visit(id, today(), 9, List.of("a", "b", "c", "d", "e", "f"), null));
            assertRefused("idNumber", "error.idNumber", visit("110105194912310021", today(), 1, List.of(), null));
            assertRefused("repeatOf", "error.matter.repeatNotFound", visit(id, today(), 1, List.of(), "X-0000-000000"));
            RegistrationForm accusation = new RegistrationForm("LETTER", today(), null, null, "李四", null, null, null, 1,
                    List.of(), CrossLevel.NONE, c.villageId(), "举报", MatterKind.ACCUSATION, "0401", MatterPurpose.ACCUSATION,
                    null, null, null);
            assertRefused("accusedParty", "error.matter.accusedRequired", accusation);
            RegistrationForm transfer = new RegistrationForm("TRANSFER", today(), "市", "", "王五", null, null, null, 1,
                    List.of(), CrossLevel.NONE, c.villageId(), "交办件", MatterKind.GRIEVANCE, "0701", MatterPurpose.DEMAND,
                    null, null, null);
            assertRefused("transferDocument", "error.matter.transferRequired", transfer);
            RegistrationForm department = new RegistrationForm("VISIT", today(), null, null, "赵六", null, null, null, 1,
                    List.of(), CrossLevel.NONE, c.deptAId(), "x", MatterKind.GRIEVANCE, "0701", MatterPurpose.DEMAND,
                    null, null, null);
            assertRefused("problemPlace", "error.matter.problemPlace", department);
        });
        assertEquals(before, fixtures.count("SELECT COUNT(m) FROM Matter m"), "nothing half-written");
        MatterDetail ok = as(c.registrar(), PASSWORD, () -> petitions.register(visit(id, today(), 1, List.of(), null)));
        assertTrue(ok.summary().number().endsWith("-000001"), "refusals took no number: " + ok.summary().number());
    }

    private void assertRefused(String field, String key, RegistrationForm form) {
        BusinessException e = assertThrows(BusinessException.class, () -> petitions.register(form));
        assertEquals(key, e.key());
        assertEquals(field, e.field());
    }

    @Test
    void collectiveCrossLevelVisitLinkedAsRepeatOfTheFirstMatter() throws Exception {
        String id = idNumber();
        MatterDetail a = as(c.registrar(), PASSWORD, () -> petitions.register(visit(id, today(), 1, List.of(), null)));
        EarlierMatters earlier = as(c.registrar(), PASSWORD, () -> petitions.earlierMatters(id.toLowerCase(), null, null));
        assertEquals(1, earlier.matters().size());
        assertEquals(a.summary().number(), earlier.matters().get(0).number());
        EarlierMatters byNameAndPhone = as(c.registrar(), PASSWORD, () -> petitions.earlierMatters(null, "张三", "13800000000"));
        assertTrue(byNameAndPhone.matters().size() >= 1);

        RegistrationForm collective = new RegistrationForm("VISIT", today(), null, null, "张三", id, "13800000000", null,
                12, List.of("张三", "李红"), CrossLevel.PROVINCE, c.villageId(), "十二人集体赴省反映。",
                MatterKind.GRIEVANCE, "1401", MatterPurpose.DEMAND, null, null, a.summary().number());
        MatterDetail b = as(c.registrar(), PASSWORD, () -> petitions.register(collective));
        assertTrue(b.summary().collective());
        assertEquals(CrossLevel.PROVINCE, b.summary().crossLevel());
        assertEquals(List.of("张三", "李红"), b.representatives());
        assertEquals(a.summary().id(), b.originId());
        assertTrue(b.summary().repeat());
        MatterDetail cMatter = as(c.registrar(), PASSWORD, () -> petitions.register(visit(id, today(), 1, List.of(), b.summary().number())));
        assertEquals(a.summary().id(), cMatter.originId(), "a repeat of a repeat counts against the first matter");
        assertNull(a.originId());

        // 纯件数: distinct matters are those without an origin
        long distinct = fixtures.count("SELECT COUNT(m) FROM Matter m WHERE m.petitioner.idNumberIndex = '"
                + cn.xinfang.petition.casehandling.entity.Petitioner.idNumberIndex(id) + "' AND m.origin IS NULL");
        long total = fixtures.count("SELECT COUNT(m) FROM Matter m WHERE m.petitioner.idNumberIndex = '"
                + cn.xinfang.petition.casehandling.entity.Petitioner.idNumberIndex(id) + "'");
        assertEquals(1, distinct);
        assertEquals(3, total);

        // another petitioner's matter cannot be the origin
        RegistrationForm other = new RegistrationForm("VISIT", today(), null, null, "别人", idNumber(), null, null, 1,
                List.of(), CrossLevel.NONE, c.villageId(), "x", MatterKind.GRIEVANCE, "0701", MatterPurpose.DEMAND,
                null, null, a.summary().number());
        as(c.registrar(), PASSWORD, () -> assertRefused("repeatOf", "error.matter.repeatOtherPetitioner", other));
    }

    @Test
    void unitStaffSeeOnlyTheirMattersWithPersonalDataMasked() throws Exception {
        String id = idNumber();
        MatterDetail m = as(c.registrar(), PASSWORD, () -> petitions.register(visit(id, today(), 1, List.of(), null)));
        long matterId = m.summary().id();
        MatterDetail seenByTown = as(c.townClerk(), PASSWORD, () -> petitions.get(matterId));
        assertFalse(seenByTown.petitioner().idNumber().equals(id));
        assertTrue(seenByTown.petitioner().idNumber().contains("*"));
        assertEquals("13800000000", seenByTown.petitioner().phone(), "the handling unit may call the petitioner");
        assertEquals(id, as(c.officer(), PASSWORD, () -> petitions.get(matterId)).petitioner().idNumber());

        as(c.clerkA(), PASSWORD, () -> {
            assertThrows(NotPermittedException.class, () -> petitions.get(matterId));
            assertFalse(petitions.search(MatterFilter.ALL, 0, 200).stream().anyMatch(s -> s.id() == matterId));
            assertThrows(EJBAccessException.class, () -> petitions.register(visit(id, today(), 1, List.of(), null)));
            assertThrows(EJBAccessException.class, () -> petitions.earlierMatters(id, null, null));
        });
        as(c.townClerk(), PASSWORD, () -> assertTrue(petitions.search(
                new MatterFilter(id, null, null, null, null, null, null, false), 0, 20).stream().anyMatch(s -> s.id() == matterId)));
    }

    @Test
    void theAccusedUnitNeverSeesTheAccusation() throws Exception {
        RegistrationForm accusation = new RegistrationForm("LETTER", today(), null, null, "匿名群众", null, null, null, 1,
                List.of(), CrossLevel.NONE, c.villageId(), "举报测试镇干部违规发放补贴。", MatterKind.ACCUSATION, "0401",
                MatterPurpose.ACCUSATION, "测试镇某干部", c.townId(), null);
        MatterDetail m = as(c.registrar(), PASSWORD, () -> petitions.register(accusation));
        long matterId = m.summary().id();
        // the problem arose in the township's village, so scoping alone would show it to the township
        as(c.townClerk(), PASSWORD, () -> {
            assertThrows(NotPermittedException.class, () -> petitions.get(matterId));
            assertFalse(petitions.search(MatterFilter.ALL, 0, 200).stream().anyMatch(s -> s.id() == matterId));
            assertEquals(0L, petitions.count(new MatterFilter("举报测试镇", null, null, null, null, null, null, false)));
        });
        assertEquals("测试镇某干部", as(c.officer(), PASSWORD, () -> petitions.get(matterId)).accusedParty());
    }

    @Test
    void searchTextWithWildcardCharactersMeansThoseCharacters() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        RegistrationForm percent = letter("物业费涨价100%_" + tag + "的问题。");
        RegistrationForm plain = letter("物业费涨价1000" + tag + "的问题。");
        long withPercent = as(c.registrar(), PASSWORD, () -> petitions.register(percent)).summary().id();
        long without = as(c.registrar(), PASSWORD, () -> petitions.register(plain)).summary().id();
        as(c.officer(), PASSWORD, () -> {
            assertEquals(List.of(withPercent), ids(petitions.search(text("100%_" + tag), 0, 20)));
            assertEquals(1L, petitions.count(text("100%_" + tag)));
            assertEquals(List.of(without), ids(petitions.search(text("1000" + tag), 0, 20)));
            // unescaped, "100%_" would also match "1000" and "10_0" would match "1000"
            assertEquals(List.of(), ids(petitions.search(text("涨价10_0" + tag), 0, 20)));
            assertEquals(2L, petitions.count(text(tag)));
            // a name matches by its beginning
            assertTrue(ids(petitions.search(text("李四"), 0, 200)).containsAll(List.of(withPercent, without)));
            assertFalse(ids(petitions.search(text("四"), 0, 200)).contains(withPercent));
        });
    }

    RegistrationForm letter(String content) {
        return new RegistrationForm("LETTER", today(), null, null, "李四", idNumber(), null, null, 1, List.of(),
                CrossLevel.NONE, c.villageId(), content, MatterKind.GRIEVANCE, "0701", MatterPurpose.DEMAND, null, null, null);
    }

    static MatterFilter text(String text) {
        return new MatterFilter(text, null, null, null, null, null, null, false);
    }

    static List<Long> ids(List<cn.xinfang.petition.casehandling.entity.MatterSummary> page) {
        return page.stream().map(cn.xinfang.petition.casehandling.entity.MatterSummary::id).toList();
    }

    @Test
    void concurrentRegistrationsGetDistinctGapFreeNumbers() throws Exception {
        SecurityIdentity registrar = Identities.login(c.registrar(), PASSWORD);
        String id = idNumber();
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            java.util.concurrent.Callable<String> register = () ->
                    petitions.register(visit(id, today(), 1, List.of(), null)).summary().number();
            futures.add(executor.submit(() -> registrar.runAs(register)));
        }
        Set<String> numbers = new TreeSet<>();
        for (Future<String> f : futures) {
            numbers.add(f.get());
        }
        assertEquals(8, numbers.size(), "distinct");
        Set<Integer> sequence = numbers.stream().map(n -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8), sequence, "gap-free");
    }
}
