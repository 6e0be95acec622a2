package cn.xinfang.petition.web.reception;

import cn.xinfang.petition.reception.boundary.ReceptionStatistics;
import cn.xinfang.petition.reception.entity.ReceptionFigures;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * /reception/figure.xhtml?key=…&from=…&to=…[&unit=…]: what one reception-day figure of the
 * statistics counts — the held sessions, the visits received or the 批示件 due — so that the
 * number of rows (for receptionPersons, the sum of the people; for a rate, the marked rows over
 * all rows) is the figure the catalogue shows.
 */
@Named
@ViewScoped
public class ReceptionFigurePage implements Serializable {

    @Inject
    ReceptionStatistics statistics;

    private String key;
    private String from;
    private String to;
    private Long unit;
    private List<ReceptionFigures.Item> items;
    private Number value;

    public void load() {
        items = Messages.call(null, () -> statistics.items(key, Inputs.date("from", from), Inputs.date("to", to), unit));
        if (items != null) {
            value = Messages.call(null, () -> statistics.figures(Inputs.date("from", from), Inputs.date("to", to), unit).figures().get(key));
        }
    }

    public boolean isRate() {
        return key != null && key.endsWith("Pct");
    }

    public boolean isSessions() {
        return key != null && key.matches("receptionSessions|reception\\w+Leaders");
    }

    public long getCounted() {
        return items == null ? 0 : items.stream().filter(ReceptionFigures.Item::counted).count();
    }

    public long getPeople() {
        return items == null ? 0 : items.stream().mapToLong(ReceptionFigures.Item::people).sum();
    }

    public List<ReceptionFigures.Item> getItems() { return items; }
    public Number getValue() { return value; }
    public String getKey() { return key; }
    public void setKey(String v) { key = v; }
    public String getFrom() { return from; }
    public void setFrom(String v) { from = v; }
    public String getTo() { return to; }
    public void setTo(String v) { to = v; }
    public Long getUnit() { return unit; }
    public void setUnit(Long v) { unit = v; }
}
