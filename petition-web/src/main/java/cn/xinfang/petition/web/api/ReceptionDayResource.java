package cn.xinfang.petition.web.api;

import cn.xinfang.petition.reception.boundary.Instructions;
import cn.xinfang.petition.reception.boundary.ReceptionDay;
import cn.xinfang.petition.reception.boundary.ReceptionStatistics;
import cn.xinfang.petition.reception.entity.DayForms;
import cn.xinfang.petition.reception.entity.DayViews;
import cn.xinfang.petition.reception.entity.ReceptionFigures;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.web.reception.DisplaySocket;
import cn.xinfang.petition.web.shared.Bundle;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reception day over HTTP: {@code /api/reception/day/…} (the queue of a session, check-in,
 * calling, the record, attendees, closing; each change also reaches the waiting-room displays),
 * {@code /api/reception/instructions/…} (批示件: list, the leader's own, routing, report-back) and
 * {@code /api/reception/statistics?from=&to=}. Bad input is a 400 naming the field.
 */
public final class ReceptionDayResource {

    private ReceptionDayResource() {
    }

    static <T> T body(T request) {
        if (request == null) {
            throw new BusinessException("api.bodyRequired");
        }
        return request;
    }

    public record CheckInRequest(String code, Integer peopleCount) {
    }

    public record VersionRequest(long version) {
    }

    public record ConclusionRequest(long version, DayForms.Conclusion conclusion) {
    }

    public record AttendeeRequest(Long unitId, String name, String post) {
    }

    public record RoutingRequest(long version, Long mainUnitId, List<Long> coUnitIds) {
    }

    public record ReportRequest(long version, String text, boolean resolved) {
    }

    public record Label(String label, String definition) {
    }

    public record StatisticsResponse(LocalDate from, LocalDate to, Map<String, Number> figures, Map<String, Long> outcomes,
                                     List<ReceptionFigures.LeaderFigures> leaders, Map<String, Label> labels) {
    }

    @Path("reception/day")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Day {

        @Inject
        ReceptionDay reception;

        @GET
        @Path("{session}")
        public DayViews.Day day(@PathParam("session") long session) {
            return reception.day(session);
        }

        @GET
        @Path("{session}/display")
        public DayViews.Display display(@PathParam("session") long session) {
            return reception.display(session);
        }

        @POST
        @Path("{session}/check-in")
        public DayViews.Day checkIn(@PathParam("session") long session, CheckInRequest r) {
            body(r);
            return pushed(session, reception.checkIn(session, r.code(), r.peopleCount() == null ? 1 : r.peopleCount()));
        }

        @POST
        @Path("{session}/walk-ins")
        public DayViews.Day walkIn(@PathParam("session") long session, DayForms.WalkIn r) {
            return pushed(session, reception.walkIn(session, body(r)));
        }

        @POST
        @Path("{session}/call-next")
        public DayViews.Day callNext(@PathParam("session") long session) {
            return pushed(session, reception.callNext(session));
        }

        @POST
        @Path("visits/{visit}/call")
        public DayViews.Day call(@PathParam("visit") long visit, VersionRequest r) {
            DayViews.Day d = reception.call(visit, body(r).version());
            return pushed(d.sessionId(), d);
        }

        @POST
        @Path("visits/{visit}/left")
        public DayViews.Day left(@PathParam("visit") long visit, VersionRequest r) {
            DayViews.Day d = reception.left(visit, body(r).version());
            return pushed(d.sessionId(), d);
        }

        @POST
        @Path("visits/{visit}/conclusion")
        public DayViews.Day conclude(@PathParam("visit") long visit, ConclusionRequest r) {
            if (body(r).conclusion() == null) {
                throw new BusinessException("api.bodyRequired");
            }
            DayViews.Day d = reception.conclude(visit, r.version(), r.conclusion());
            return pushed(d.sessionId(), d);
        }

        @POST
        @Path("{session}/attendees")
        public DayViews.Day attend(@PathParam("session") long session, AttendeeRequest r) {
            body(r);
            return reception.attend(session, r.unitId(), r.name(), r.post());
        }

        @POST
        @Path("{session}/close")
        public DayViews.Day close(@PathParam("session") long session) {
            return pushed(session, reception.close(session));
        }

        private DayViews.Day pushed(long session, DayViews.Day d) {
            DisplaySocket.push(reception.display(session));
            return d;
        }
    }

    @Path("reception/instructions")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class InstructionCases {

        @Inject
        Instructions instructions;

        @GET
        public List<DayViews.InstructionRow> list(@QueryParam("overdueRouting") boolean overdueRouting) {
            return instructions.list(overdueRouting);
        }

        @GET
        @Path("mine")
        public List<DayViews.InstructionRow> mine() {
            return instructions.mine();
        }

        @GET
        @Path("{id}")
        public DayViews.InstructionRow get(@PathParam("id") long id) {
            return instructions.get(id);
        }

        @POST
        @Path("{id}/routing")
        public DayViews.InstructionRow route(@PathParam("id") long id, RoutingRequest r) {
            body(r);
            return instructions.route(id, r.version(), r.mainUnitId(), r.coUnitIds());
        }

        @POST
        @Path("{id}/report-back")
        public DayViews.InstructionRow reportBack(@PathParam("id") long id, ReportRequest r) {
            body(r);
            return instructions.reportBack(id, r.version(), r.text(), r.resolved());
        }
    }

    @Path("reception/statistics")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Statistics {

        @Inject
        ReceptionStatistics statistics;

        @GET
        public StatisticsResponse figures(@QueryParam("from") String from, @QueryParam("to") String to,
                                          @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
            ReceptionFigures f = statistics.figures(PublicReceptionResource.date("from", from, null),
                    PublicReceptionResource.date("to", to, null));
            Locale locale = ApiLocale.of(acceptLanguage);
            Map<String, Label> labels = new LinkedHashMap<>();
            f.figures().keySet().forEach(k -> labels.put(k, new Label(Bundle.text(locale, "receptionday.figure." + k),
                    Bundle.text(locale, "receptionday.figure." + k + ".def"))));
            Map<String, Long> outcomes = new LinkedHashMap<>();
            f.outcomes().forEach((k, v) -> outcomes.put(k.name(), v));
            return new StatisticsResponse(f.from(), f.to(), f.figures(), outcomes, f.leaders(), labels);
        }

        /**
         * The items behind one figure ({@code key}, e.g. receptionBatches): their number equals the figure
         * (receptionPersons: the sum of {@code people}; a rate: those with {@code counted} over all of them).
         */
        @GET
        @Path("{key}/items")
        public ItemsResponse items(@PathParam("key") String key, @QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("unit") Long unit) {
            LocalDate f = PublicReceptionResource.date("from", from, null);
            LocalDate t = PublicReceptionResource.date("to", to, null);
            List<ReceptionFigures.Item> items = statistics.items(key, f, t, unit);
            Number value = statistics.figures(f, t, unit).figures().get(key);
            return new ItemsResponse(key, f, t, value, items.size(), items.stream().filter(ReceptionFigures.Item::counted).count(),
                    items.stream().mapToLong(ReceptionFigures.Item::people).sum(), items);
        }
    }

    public record ItemsResponse(String key, LocalDate from, LocalDate to, Number value, int count, long counted, long people,
                                List<ReceptionFigures.Item> items) {
    }
}
