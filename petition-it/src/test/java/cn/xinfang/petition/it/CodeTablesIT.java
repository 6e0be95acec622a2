package cn.xinfang.petition.it;

import cn.xinfang.petition.audit.boundary.AuditTrail;
import cn.xinfang.petition.audit.boundary.AuditedType;
import cn.xinfang.petition.audit.boundary.HistoryEntry;
import cn.xinfang.petition.casehandling.boundary.CategoryView;
import cn.xinfang.petition.casehandling.boundary.ChannelView;
import cn.xinfang.petition.casehandling.boundary.CodeTables;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.ChannelGroup;
import cn.xinfang.petition.casehandling.entity.ChoiceView;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.StaleDataException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static cn.xinfang.petition.it.Fixtures.PASSWORD;
import static cn.xinfang.petition.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administrator's code tables through the real EJBs, database and security. Code tables are
 * global and shared by every test, so each test works under a top-level category of its own with a
 * random six-digit code (the seeded ones have two) and never deactivates a seeded category.
 */
class CodeTablesIT extends InContainerTest {

    @Inject
    CodeTables codeTables;

    @Inject
    Petitions petitions;

    @Inject
    AuditTrail auditTrail;

    /** A random top-level code no seeded category has: nine followed by five digits. */
    static String topCode() {
        return "9" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    }

    CategoryView top(String code) throws Exception {
        return as(c.admin(), PASSWORD, () -> codeTables.addCategory(code, "测试大类" + c.tag(), null));
    }

    RegistrationForm letter(String categoryCode) {
        return new RegistrationForm("LETTER", LocalDate.now(ZoneId.of("Asia/Shanghai")), null, null, "李四", PetitionsIT.idNumber(),
                "13900000000", "测试村 2 号", 1, List.of(), CrossLevel.NONE, c.villageId(), "反映小区电梯故障问题。",
                MatterKind.GRIEVANCE, categoryCode, MatterPurpose.DEMAND, null, null, null);
    }

    static boolean offers(List<ChoiceView> choices, String code) {
        return choices.stream().anyMatch(ch -> ch.code().equals(code));
    }

    @Test
    void addedChildIsOfferedAtRegistrationAndDeactivatedOneStaysOnItsMatter() throws Exception {
        String topCode = topCode();
        CategoryView top = top(topCode);
        CategoryView child = as(c.admin(), PASSWORD, () -> codeTables.addCategory(topCode + "01", "电梯安全", topCode));
        assertEquals(topCode, child.parentCode());
        assertTrue(child.active());

        List<ChoiceView> choices = as(c.registrar(), PASSWORD, () -> petitions.categories());
        ChoiceView offered = choices.stream().filter(ch -> ch.code().equals(child.code())).findFirst().orElseThrow();
        assertEquals("测试大类" + c.tag() + " / 电梯安全", offered.label());
        assertFalse(offers(choices, topCode), "a top level is not a leaf");

        List<String> listed = as(c.admin(), PASSWORD, () -> codeTables.categories()).stream().map(CategoryView::code).toList();
        assertEquals(listed.indexOf(topCode) + 1, listed.indexOf(child.code()), "tree order: the child right after its parent");

        MatterDetail matter = as(c.registrar(), PASSWORD, () -> petitions.register(letter(child.code())));
        CategoryView off = as(c.admin(), PASSWORD, () -> codeTables.deactivateCategory(child.code(), child.version()));
        assertFalse(off.active());
        assertFalse(offers(as(c.registrar(), PASSWORD, () -> petitions.categories()), child.code()));
        BusinessException refused = assertThrows(BusinessException.class,
                () -> as(c.registrar(), PASSWORD, () -> petitions.register(letter(child.code()))));
        assertEquals("error.matter.category", refused.key());
        MatterDetail still = as(c.officer(), PASSWORD, () -> petitions.get(matter.summary().id()));
        assertEquals("测试大类" + c.tag() + " / 电梯安全", still.summary().categoryPath());

        CategoryView on = as(c.admin(), PASSWORD, () -> codeTables.activateCategory(child.code(), off.version()));
        assertTrue(on.active());
        assertTrue(offers(as(c.registrar(), PASSWORD, () -> petitions.categories()), child.code()));

        // an inactive top level hides its children from registration without deactivating them
        CategoryView topOff = as(c.admin(), PASSWORD, () -> codeTables.deactivateCategory(topCode, top.version()));
        assertFalse(offers(as(c.registrar(), PASSWORD, () -> petitions.categories()), child.code()));
        assertTrue(as(c.admin(), PASSWORD, () -> codeTables.categories()).stream()
                .filter(cv -> cv.code().equals(child.code())).findFirst().orElseThrow().active());
        assertThrows(BusinessException.class, () -> as(c.registrar(), PASSWORD, () -> petitions.register(letter(child.code()))));
        as(c.admin(), PASSWORD, () -> codeTables.activateCategory(topCode, topOff.version()));
        assertTrue(offers(as(c.registrar(), PASSWORD, () -> petitions.categories()), child.code()));
    }

    @Test
    void badCodesAndNamesAreRefusedWithTheirKeyAndNothingIsStored() throws Exception {
        String topCode = topCode();
        top(topCode);
        String child = topCode + "02";
        as(c.admin(), PASSWORD, () -> codeTables.addCategory(child, "供水", topCode));
        long before = fixtures.count("SELECT COUNT(c) FROM IssueCategory c");
        as(c.admin(), PASSWORD, () -> {
            assertRefused("code", "error.category.codeFormat", () -> codeTables.addCategory(topCode + "A1", "甲", topCode));
            assertRefused("code", "error.category.codeFormat", () -> codeTables.addCategory("9", "甲", null));
            assertRefused("code", "error.required", () -> codeTables.addCategory(" ", "甲", topCode));
            assertRefused("code", "error.category.codePrefix", () -> codeTables.addCategory("1499", "甲", topCode));
            assertRefused("code", "error.category.codePrefix", () -> codeTables.addCategory(topCode, "甲", topCode));
            assertRefused("code", "error.category.codeTaken", () -> codeTables.addCategory(child, "甲", topCode));
            assertRefused("code", "error.category.codeTaken", () -> codeTables.addCategory("14", "甲", null));
            assertRefused("parent", "error.category.twoLevels", () -> codeTables.addCategory(child + "01", "甲", child));
            assertRefused("parent", "error.notFound", () -> codeTables.addCategory(topCode + "03", "甲", "99999999"));
            assertRefused("name", "error.required", () -> codeTables.addCategory(topCode + "03", "  ", topCode));
            assertRefused("name", "error.codes.nameLength", () -> codeTables.addCategory(topCode + "03", "名".repeat(41), topCode));
            assertRefused("name", "error.category.nameTaken", () -> codeTables.addCategory(topCode + "03", "供水", topCode));
        });
        assertEquals(before, fixtures.count("SELECT COUNT(c) FROM IssueCategory c"));

        // the same name under another parent is fine; a rename to a sibling's name is not
        as(c.admin(), PASSWORD, () -> codeTables.addCategory(topCode + "03", "供电", topCode));
        CategoryView third = find(topCode + "03");
        as(c.admin(), PASSWORD, () -> assertRefused("name", "error.category.nameTaken",
                () -> codeTables.renameCategory(third.code(), "供水", third.version())));
        assertEquals("供电", find(third.code()).name());
    }

    @Test
    void staleVersionIsRefusedAndNothingIsOverwritten() throws Exception {
        String topCode = topCode();
        top(topCode);
        CategoryView child = as(c.admin(), PASSWORD, () -> codeTables.addCategory(topCode + "01", "燃气", topCode));
        CategoryView renamed = as(c.admin(), PASSWORD, () -> codeTables.renameCategory(child.code(), "燃气安全", child.version()));
        assertEquals("燃气安全", renamed.name());
        as(c.admin(), PASSWORD, () -> {
            assertThrows(StaleDataException.class, () -> codeTables.renameCategory(child.code(), "燃气供应", child.version()));
            assertThrows(StaleDataException.class, () -> codeTables.deactivateCategory(child.code(), child.version()));
        });
        CategoryView now = find(child.code());
        assertEquals("燃气安全", now.name());
        assertTrue(now.active());

        ChannelView visit = channel("VISIT");
        assertThrows(StaleDataException.class,
                () -> as(c.admin(), PASSWORD, () -> codeTables.renameChannel("VISIT", "来访（旧）", visit.version() + 1)));
        assertEquals(visit.name(), channel("VISIT").name());
    }

    @Test
    void onlyTheAdministratorMayChangeTheCodeTablesWhichEveryoneMayRead() throws Exception {
        String topCode = topCode();
        for (String user : List.of(c.registrar(), c.officer())) {
            as(user, PASSWORD, () -> {
                assertThrows(EJBAccessException.class, () -> codeTables.addCategory(topCode, "越权", null));
                assertThrows(EJBAccessException.class, () -> codeTables.addChannel("X" + topCode, "越权", ChannelGroup.CALL, false));
                assertThrows(EJBAccessException.class, () -> codeTables.renameChannel("VISIT", "越权", 0));
                assertThrows(EJBAccessException.class, () -> codeTables.deactivateCategory("1402", 0));
                assertThrows(EJBAccessException.class, () -> codeTables.activateChannel("VISIT", 0));
                // a client needs the code tables to register anything
                assertTrue(codeTables.categories().stream().anyMatch(cv -> cv.code().equals("1402")));
                assertTrue(codeTables.channels().stream().anyMatch(ch -> ch.code().equals("VISIT")));
            });
        }
        assertEquals(0, fixtures.count("SELECT COUNT(c) FROM IssueCategory c WHERE c.code = '" + topCode + "'"));
    }

    @Test
    void historyShowsWhoAddedRenamedAndDeactivatedACategory() throws Exception {
        String topCode = topCode();
        top(topCode);
        CategoryView child = as(c.admin(), PASSWORD, () -> codeTables.addCategory(topCode + "05", "停车收费", topCode));
        CategoryView renamed = as(c.admin(), PASSWORD, () -> codeTables.renameCategory(child.code(), "停车管理", child.version()));
        as(c.admin(), PASSWORD, () -> codeTables.deactivateCategory(child.code(), renamed.version()));

        List<HistoryEntry> history = as(c.admin(), PASSWORD, () -> auditTrail.history(AuditedType.CATEGORY, child.code()));
        assertEquals(3, history.size());
        assertEquals(HistoryEntry.Kind.CREATED, history.get(0).kind());
        assertEquals(c.admin(), history.get(0).username());
        assertTrue(history.get(0).changes().contains(new HistoryEntry.FieldChange("parentCategory", null, topCode + " 测试大类" + c.tag())));
        assertEquals(List.of(new HistoryEntry.FieldChange("name", "停车收费", "停车管理")), history.get(1).changes());
        assertEquals(List.of(new HistoryEntry.FieldChange("active", "true", "false")), history.get(2).changes());
        assertTrue(history.stream().allMatch(h -> h.username().equals(c.admin())));
    }

    @Test
    void channelsAreRenamedAndTheOnlineChannelStaysActive() throws Exception {
        ChannelView mailbox = channel("LEADER_MAILBOX");
        as(c.admin(), PASSWORD, () -> {
            assertRefused(null, "error.channel.online", () -> codeTables.deactivateChannel("ONLINE", channel("ONLINE").version()));
            assertRefused("name", "error.channel.nameTaken", () -> codeTables.renameChannel("LEADER_MAILBOX", "来信", mailbox.version()));
            assertRefused("name", "error.required", () -> codeTables.renameChannel("LEADER_MAILBOX", "", mailbox.version()));
        });
        // rename to the same name (other tests read the seeded names) and back: both audited
        ChannelView same = as(c.admin(), PASSWORD, () -> codeTables.renameChannel("LEADER_MAILBOX", mailbox.name() + c.tag(), mailbox.version()));
        ChannelView back = as(c.admin(), PASSWORD, () -> codeTables.renameChannel("LEADER_MAILBOX", mailbox.name(), same.version()));
        assertEquals(mailbox.name(), back.name());
        List<HistoryEntry> history = as(c.admin(), PASSWORD, () -> auditTrail.history(AuditedType.CHANNEL, "LEADER_MAILBOX"));
        assertEquals("system", history.get(0).username(), "V10 records the seeded entries as created by the system");
        assertEquals(HistoryEntry.Kind.CREATED, history.get(0).kind());
        assertTrue(history.stream().anyMatch(h -> h.changes().contains(
                new HistoryEntry.FieldChange("name", mailbox.name(), mailbox.name() + c.tag()))));
    }

    @Test
    void anAddedChannelIsOfferedAtRegistrationCountsInItsGroupAndRefusesBadInput() throws Exception {
        String code = "T" + topCode().substring(1);
        String name = "县长信箱" + c.tag();
        ChannelView added = as(c.admin(), PASSWORD, () -> codeTables.addChannel(" " + code + " ", name, ChannelGroup.ONLINE, false));
        assertEquals(code, added.code());
        assertEquals(ChannelGroup.ONLINE, added.group());
        assertTrue(added.active());
        List<ChannelView> all = as(c.admin(), PASSWORD, () -> codeTables.channels());
        assertEquals(code, all.get(all.size() - 1).code(), "listed after the existing channels");

        assertTrue(offers(as(c.registrar(), PASSWORD, () -> petitions.channels()), code), "offered at registration at once");
        RegistrationForm f = letter("1402");
        RegistrationForm byMailbox = new RegistrationForm(code, f.receivedOn(), null, null, f.petitionerName(), f.idNumber(),
                f.phone(), f.address(), 1, List.of(), CrossLevel.NONE, f.problemPlaceId(), f.content(), f.kind(),
                f.categoryCode(), f.purpose(), null, null, null);
        MatterDetail matter = as(c.registrar(), PASSWORD, () -> petitions.register(byMailbox));
        assertEquals(name, matter.summary().channelName());
        assertEquals(ChannelGroup.ONLINE, matter.summary().channelGroup());

        long before = fixtures.count("SELECT COUNT(ch) FROM Channel ch");
        as(c.admin(), PASSWORD, () -> {
            assertRefused("code", "error.channel.codeTaken", () -> codeTables.addChannel(code, "另一个" + c.tag(), ChannelGroup.CALL, false));
            assertRefused("name", "error.channel.nameTaken", () -> codeTables.addChannel(code + "2", name, ChannelGroup.CALL, false));
            assertRefused("code", "error.channel.codeFormat", () -> codeTables.addChannel("mailbox", "小写" + c.tag(), ChannelGroup.CALL, false));
            assertRefused("code", "error.required", () -> codeTables.addChannel(" ", "空代码" + c.tag(), ChannelGroup.CALL, false));
            assertRefused("name", "error.required", () -> codeTables.addChannel(code + "3", " ", ChannelGroup.CALL, false));
            assertRefused("group", "error.required", () -> codeTables.addChannel(code + "4", "无分组" + c.tag(), null, false));
            return null;
        });
        assertEquals(before, fixtures.count("SELECT COUNT(ch) FROM Channel ch"), "nothing stored by a refusal");
        List<HistoryEntry> history = as(c.admin(), PASSWORD, () -> auditTrail.history(AuditedType.CHANNEL, code));
        assertEquals(HistoryEntry.Kind.CREATED, history.get(0).kind());
        assertEquals(c.admin(), history.get(0).username());
    }

    @Test
    void theSearchFilterListsEveryChannelActiveOrNot() throws Exception {
        List<String> all = as(c.admin(), PASSWORD, () -> codeTables.channels()).stream().map(ChannelView::code).toList();
        List<String> searchable = as(c.officer(), PASSWORD, () -> petitions.searchChannels()).stream().map(ChoiceView::code).toList();
        assertEquals(all, searchable);
    }

    CategoryView find(String code) throws Exception {
        return as(c.admin(), PASSWORD, () -> codeTables.categories()).stream().filter(cv -> cv.code().equals(code))
                .findFirst().orElseThrow();
    }

    ChannelView channel(String code) throws Exception {
        return as(c.admin(), PASSWORD, () -> codeTables.channels()).stream().filter(ch -> ch.code().equals(code))
                .findFirst().orElseThrow();
    }

    static void assertRefused(String field, String key, org.junit.jupiter.api.function.Executable call) {
        BusinessException e = assertThrows(BusinessException.class, call);
        assertEquals(key, e.key());
        assertEquals(field, e.field());
    }
}
