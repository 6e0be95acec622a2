package cn.xinfang.petition.web.statistics;

import cn.xinfang.petition.statistics.boundary.Statistics;
import cn.xinfang.petition.statistics.boundary.Summary;
import cn.xinfang.petition.statistics.entity.Figure;
import cn.xinfang.petition.web.shared.Bundle;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * /statistics/index.xhtml, the landing page of 统计报表: the dashboard. The charts (ECharts, SVG)
 * are drawn from one JSON document this bean writes into the page: for every chart its
 * categories and series, and for every bar or segment the link to the matters behind it.
 */
@Named
@ViewScoped
public class StatisticsDashboard extends StatisticsPage {

    private List<Statistics.Month> trend = List.of();

    @Override
    protected String defaultPreset() {
        return "thisYear";
    }

    @Override
    public void show() {
        super.show();
        if (getSummary() != null) {
            trend = statistics.trend(getSummary().from(), getSummary().to(), getSummary().asOf(), getSummary().unit());
        }
    }

    /** The charts as JSON: {charts:[{id, type, horizontal, categories:[…], series:[{name, data:[…], links:[…]}]}]}. */
    public String getChartsJson() {
        Summary s = getSummary();
        JsonArrayBuilder charts = Json.createArrayBuilder();
        if (s == null) {
            return Json.createObjectBuilder().add("charts", charts).build().toString();
        }
        String thisYear = Bundle.text("statistics.value");
        String lastYear = Bundle.text("statistics.previous");

        List<String> groups = List.of("letters", "visitBatches", "calls", "online");
        charts.add(chart("channelGroups", "bar", false, groups.stream().map(k -> Bundle.text("figure." + k)).toList(),
                series(thisYear, groups, k -> s.figures().get(k).value(), k -> url(k, false, null)),
                series(lastYear, groups, k -> s.figures().get(k).previous(), k -> url(k, true, null))));

        charts.add(chart("trend", "line", false, trend.stream().map(m -> m.month().toString()).toList(),
                series(thisYear, trend, Statistics.Month::value, m -> link("received", m.from(), m.to(), s.asOf(), null)),
                series(lastYear, trend, Statistics.Month::previous, m -> link("received", m.previousFrom(), m.previousTo(),
                        s.asOf().minusYears(1), null))));

        charts.add(chart("categories", "bar", true, s.categories().stream().map(Summary.CategoryShare::name).toList(),
                series(thisYear, s.categories(), Summary.CategoryShare::value, c -> url("received", false, "category:" + c.code())),
                series(lastYear, s.categories(), Summary.CategoryShare::previous, c -> url("received", true, "category:" + c.code()))));

        charts.add(table("units", s.units(), "handledBy", thisYear, lastYear));
        charts.add(table("townships", s.townships(), "place", thisYear, lastYear));

        List<String> deadlines = List.of("overdueAcceptance", "overdueHandling", "repliedLate", "backlog");
        charts.add(chart("deadlines", "bar", false, deadlines.stream().map(k -> Bundle.text("figure." + k)).toList(),
                series(thisYear, deadlines, k -> s.figures().get(k).value(), k -> url(k, false, null)),
                series(lastYear, deadlines, k -> s.figures().get(k).previous(), k -> url(k, true, null))));

        List<String> ratings = List.of("satisfied", "basicallySatisfied", "dissatisfied", "unratedOverdue");
        charts.add(chart("satisfaction", "pie", false, ratings.stream().map(k -> Bundle.text("figure." + k)).toList(),
                series(thisYear, ratings, k -> s.figures().get(k).value(), k -> url(k, false, null))));
        return Json.createObjectBuilder().add("charts", charts).build().toString();
    }

    /** The headline numbers above the charts. */
    public List<String> getHeadline() {
        return List.of(Figure.RECEIVED.key(), Figure.RECEIVED_PERSONS.key(), Figure.ACCEPTED.key(), Figure.DISTINCT.key(),
                Figure.BACKLOG.key(), Figure.OVERDUE_HANDLING.key());
    }

    public List<Statistics.Month> getTrend() {
        return trend;
    }

    private JsonObjectBuilder table(String id, List<Summary.TableRow> rows, String dimension, String thisYear, String lastYear) {
        return chart(id, "bar", true, rows.stream().map(Summary.TableRow::name).toList(),
                series(thisYear, rows, r -> r.cells().get("received").value(), r -> url("received", false, dimension + ":" + r.code())),
                series(lastYear, rows, r -> r.cells().get("received").previous(), r -> url("received", true, dimension + ":" + r.code())));
    }

    private static JsonObjectBuilder chart(String id, String type, boolean horizontal, List<String> categories,
                                           JsonObjectBuilder... series) {
        JsonArrayBuilder cats = Json.createArrayBuilder();
        categories.forEach(cats::add);
        JsonArrayBuilder ser = Json.createArrayBuilder();
        for (JsonObjectBuilder s : series) {
            ser.add(s);
        }
        return Json.createObjectBuilder().add("id", id).add("type", type).add("horizontal", horizontal)
                .add("title", Bundle.text("stats.chart." + id)).add("categories", cats).add("series", ser);
    }

    private static <T> JsonObjectBuilder series(String name, List<T> items, Function<T, Long> value, Function<T, String> link) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder links = Json.createArrayBuilder();
        for (T item : items) {
            data.add(value.apply(item));
            links.add(link.apply(item));
        }
        return Json.createObjectBuilder().add("name", name).add("data", data).add("links", links);
    }

    private String url(String key, boolean previous, String slice) {
        return contextPath() + "/cases/index.xhtml?" + drill(key, previous, slice);
    }

    private String link(String key, java.time.LocalDate from, java.time.LocalDate to, java.time.LocalDate asOf, String slice) {
        StringBuilder q = new StringBuilder(contextPath()).append("/cases/index.xhtml?figure=").append(key)
                .append("&from=").append(from).append("&to=").append(to).append("&asOf=").append(asOf);
        if (slice != null) {
            q.append("&slice=").append(URLEncoder.encode(slice, StandardCharsets.UTF_8));
        }
        if (getSummary().unit() != null) {
            q.append("&unit=").append(getSummary().unit());
        }
        return q.toString();
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }
}
