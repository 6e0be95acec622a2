package cn.xinfang.petition.audit.boundary;

import cn.xinfang.petition.audit.boundary.HistoryEntry.FieldChange;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditTrailDiffTest {

    /** An insertion-ordered map; values may be null. */
    static Map<String, String> map(String... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    @Test
    void onlyChangedFieldsInTheAfterMapsOrder() {
        Map<String, String> before = map("code", "T01", "name", "城关镇", "kind", "TOWNSHIP", "active", "true", "address", "a");
        Map<String, String> after = map("code", "T01", "name", "城关街道", "kind", "TOWNSHIP", "active", "false", "address", "a");
        assertEquals(List.of(new FieldChange("name", "城关镇", "城关街道"), new FieldChange("active", "true", "false")),
                AuditTrail.diff(before, after));
    }

    @Test
    void orderFollowsAfterMapNotAlphabet() {
        Map<String, String> before = map("zeta", "1", "alpha", "1", "mid", "1");
        Map<String, String> after = map("zeta", "2", "alpha", "2", "mid", "2");
        List<FieldChange> d = AuditTrail.diff(before, after);
        assertEquals(List.of("zeta", "alpha", "mid"), d.stream().map(FieldChange::field).toList());
    }

    @Test
    void orderFollowsAfterMapEvenIfBeforeDiffers() {
        Map<String, String> before = map("b", "1", "a", "1");
        Map<String, String> after = map("a", "2", "b", "2");
        assertEquals(List.of(new FieldChange("a", "1", "2"), new FieldChange("b", "1", "2")),
                AuditTrail.diff(before, after));
    }

    @Test
    void noChangeNoEntries() {
        Map<String, String> m = map("code", "T01", "phone", null);
        assertTrue(AuditTrail.diff(m, new LinkedHashMap<>(m)).isEmpty());
        assertTrue(AuditTrail.diff(Map.of(), Map.of()).isEmpty());
    }

    @Test
    void creationListsAllNonNullFields() {
        Map<String, String> after = map("code", "T01", "name", "城关镇", "parent", null, "active", "true", "address", null);
        assertEquals(List.of(new FieldChange("code", null, "T01"), new FieldChange("name", null, "城关镇"),
                        new FieldChange("active", null, "true")),
                AuditTrail.diff(Map.of(), after));
    }

    @Test
    void deletionListsAllNonNullFieldsAsRemoved() {
        Map<String, String> before = map("code", "T01", "phone", null, "name", "城关镇");
        List<FieldChange> d = AuditTrail.diff(before, Map.of());
        assertEquals(2, d.size());
        assertTrue(d.contains(new FieldChange("code", "T01", null)));
        assertTrue(d.contains(new FieldChange("name", "城关镇", null)));
    }

    @Test
    void nullsAreHandled() {
        Map<String, String> before = map("phone", null, "address", "人民路1号", "locale", null);
        Map<String, String> after = map("phone", "123", "address", null, "locale", null);
        assertEquals(List.of(new FieldChange("phone", null, "123"), new FieldChange("address", "人民路1号", null)),
                AuditTrail.diff(before, after));
    }

    @Test
    void fieldsOnlyInBeforeComeAfterTheAfterMapsFields() {
        Map<String, String> before = map("old", "x", "name", "a");
        Map<String, String> after = map("name", "b");
        assertEquals(List.of(new FieldChange("name", "a", "b"), new FieldChange("old", "x", null)),
                AuditTrail.diff(before, after));
    }

    @Test
    void worksWithUnorderedBeforeMaps() {
        Map<String, String> before = new HashMap<>(map("a", "1", "b", "1", "c", "1"));
        Map<String, String> after = map("c", "2", "b", "1", "a", "2");
        assertEquals(List.of(new FieldChange("c", "1", "2"), new FieldChange("a", "1", "2")),
                AuditTrail.diff(before, after));
    }
}
