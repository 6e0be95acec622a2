package cn.xinfang.petition.casehandling.entity;

import cn.xinfang.petition.organization.entity.Unit;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One row of a matter's timeline as stored: the step and its typed parameters. {@link #describe}
 * renders the parameters in the reader's language from the bundle {@code Timeline} beside this
 * class (patterns {@code timeline.<TYPE>} and the labels of the codes); screens and documents both
 * use it, so a step reads the same everywhere.
 */
public record TimelineEntry(Instant at, String username, MatterEvent.Type type, MatterState stateAfter, Params params)
        implements Serializable {

    /** The step's parameters; null where the step has none. */
    public record Params(RoutingMode routingMode, Long unitId, String unitName, List<String> coUnitNames,
                         String authority, String outcome, RatingVia via, LocalDate from, LocalDate to, Integer days,
                         String document, String text) implements Serializable {

        /** The same parameters without the words staff wrote (for the petitioner's view). */
        public Params withoutText() {
            return new Params(routingMode, unitId, unitName, coUnitNames, authority, outcome, via, from, to, days,
                    document, null);
        }
    }

    private static final String BUNDLE = TimelineEntry.class.getPackageName() + ".Timeline";

    public static TimelineEntry of(MatterEvent e) {
        Unit unit = e.getUnit();
        List<String> co = e.getCoUnits().stream().map(Unit::getName).sorted().toList();
        return new TimelineEntry(e.getAt(), e.getUsername(), e.getType(), e.getStateAfter(), new Params(
                e.getRoutingMode(), unit == null ? null : unit.getId(), unit == null ? null : unit.getName(), co,
                e.getAuthority(), e.getOutcome(), e.getVia(), e.getFrom(), e.getTo(), e.getDays(), e.getDocument(),
                e.getText()));
    }

    /** The entry as the petitioner sees it through the lookup code: no staff name, no staff words. */
    public TimelineEntry forPublic() {
        return new TimelineEntry(at, null, type, stateAfter, params.withoutText());
    }

    /** What the step did, with its parameters, in the given language; empty when there is nothing beyond its name. */
    public String describe(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.CHINA : locale);
        Params p = params;
        String what = switch (type) {
            case ROUTE -> p.routingMode() == null ? null : format(b, p.coUnitNames().isEmpty() ? "timeline.ROUTE"
                    : "timeline.ROUTE.co", label(b, "routingMode", p.routingMode().name()), p.unitName(),
                    String.join(b.getString("timeline.separator"), p.coUnitNames()));
            case EXTEND -> p.days() == null ? null : format(b, "timeline.EXTEND", p.days());
            case HEARING, HEARING_RECORD -> p.from() == null ? null : format(b, "timeline.period", p.from(), p.to());
            case REQUEST_REVIEW, REQUEST_RE_REVIEW -> p.authority();
            case DECIDE_REVIEW, DECIDE_RE_REVIEW -> p.outcome() == null ? p.authority()
                    : format(b, "timeline.decided", p.authority(), label(b, "appealOutcome", p.outcome()));
            case EVALUATE -> p.outcome() == null ? null : format(b, "timeline.EVALUATE", label(b, "rating", p.outcome()),
                    p.via() == null ? "" : label(b, "ratingVia", p.via().name()));
            case TERMINATE -> p.outcome() == null ? null : label(b, "terminationReason", p.outcome());
            case RESOLVE -> p.from() == null ? null : p.from().toString();
            case REFUSE -> p.outcome() == null ? null : format(b, "timeline.REFUSE." + p.outcome(), p.from(), p.document(), p.unitName());
            case REFUSE_APPEAL -> p.outcome() == null ? null : format(b, "timeline.REFUSE_APPEAL." + p.outcome(), p.authority(),
                    p.from(), p.to(), p.document());
            case ATTACHMENT -> p.document();
            case LEDGER_IMPORTED -> format(b, "timeline.LEDGER_IMPORTED", p.document());
            case CO_OPINION -> p.unitName();
            case CO_DUE -> p.from() == null ? null : format(b, "timeline.CO_DUE", p.unitName(), p.from());
            case ACCUSED_IDENTIFIED -> p.unitName() != null ? format(b, "timeline.ACCUSED_IDENTIFIED", p.unitName())
                    : b.getString("timeline.ACCUSED_IDENTIFIED.none");
            default -> null;
        };
        List<String> parts = new ArrayList<>(2);
        if (what != null && !what.isEmpty()) {
            parts.add(what);
        }
        if (p.text() != null) {
            parts.add(p.text());
        }
        return String.join(b.getString("timeline.textSeparator"), parts);
    }

    private static String label(ResourceBundle b, String prefix, String code) {
        String key = prefix + "." + code;
        return b.containsKey(key) ? b.getString(key) : code;
    }

    private static String format(ResourceBundle b, String key, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // numbers and days as written, never "1,000" or a locale's date style
            shown[i] = args[i] == null ? "" : String.valueOf(args[i]);
        }
        return new MessageFormat(b.getString(key), b.getLocale()).format(shown);
    }
}
