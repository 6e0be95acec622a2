package cn.xinfang.petition.web.api;

import cn.xinfang.petition.casehandling.boundary.Printing;
import cn.xinfang.petition.reception.boundary.Forms;
import cn.xinfang.petition.reception.boundary.PublicReception;
import cn.xinfang.petition.reception.entity.Views.BookingReceipt;
import cn.xinfang.petition.reception.entity.Views.BookingStatus;
import cn.xinfang.petition.reception.entity.Views.PublicSession;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.control.Clocks;
import cn.xinfang.petition.web.reception.ReceptionTexts;
import cn.xinfang.petition.web.shared.ClientAddress;
import cn.xinfang.petition.web.shared.LocaleSettings;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The reception days for everyone, without authentication: the published schedule, the printable
 * notice (PDF, Chinese), a leader's calendar feed (.ics), booking (约访) and a booking found or
 * cancelled with its code. The code and the ID number travel in JSON bodies, never in a URL.
 */
@Path("public/reception")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicReceptionResource {

    @Inject
    PublicReception reception;

    @Inject
    Printing printing;

    @Context
    HttpServletRequest request;

    public record CodeRequest(String code) {
    }

    /** Published sessions only, {@code from}–{@code to} (yyyy-MM-dd; default today and four weeks on). */
    @GET
    @Path("sessions")
    public List<PublicSession> sessions(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate f = date("from", from, LocalDate.now(Clocks.ZONE));
        return reception.sessions(f, date("to", to, f.plusWeeks(4)));
    }

    @POST
    @Path("bookings")
    public Response book(Forms.BookingForm form) {
        BookingReceipt receipt = reception.book(body(form), ClientAddress.of(request));
        return Response.status(201).entity(receipt).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("bookings/status")
    public BookingStatus status(CodeRequest r) {
        return reception.status(body(r).code(), ClientAddress.of(request))
                .orElseThrow(() -> BusinessException.onField("code", "reception.error.codeUnknown"));
    }

    @POST
    @Path("bookings/cancellation")
    public BookingStatus cancel(CodeRequest r) {
        return reception.cancel(body(r).code(), ClientAddress.of(request))
                .orElseThrow(() -> BusinessException.onField("code", "reception.error.codeUnknown"));
    }

    /** The notice of the published sessions {@code from}–{@code to} as a PDF in Chinese (a week or a month: at most 62 days). */
    @GET
    @Path("notice")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response notice(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate today = LocalDate.now(Clocks.ZONE);
        LocalDate f = date("from", from, today);
        LocalDate t = date("to", to, f.plusDays(6));
        if (t.isAfter(f.plusDays(62))) {
            throw BusinessException.onField("to", "reception.error.noticeTooLong");
        }
        Locale zh = LocaleSettings.DEFAULT;
        byte[] pdf = printing.print(ReceptionTexts.notice(zh, reception.countyName(), f, t, reception.sessions(f, t), today));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"reception-" + f + "-" + t + ".pdf\"").build();
    }

    /** A leader's published sessions from a month ago to a year ahead, for the phone's calendar (RFC 5545). */
    @GET
    @Path("leaders/{id}/calendar.ics")
    @Produces("text/calendar")
    public Response calendar(@PathParam("id") long leaderId, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Locale locale = ApiLocale.of(language);
        String ics = reception.calendar(leaderId, ReceptionTexts.ics(locale), request.getServerName()).orElseThrow(NotFoundException::new);
        return Response.ok(ics, "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"leader-" + leaderId + ".ics\"").build();
    }

    static LocalDate date(String field, String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw BusinessException.onField(field, "api.date");
        }
        // a range of reception days is computed from it (a year on, a week back): +999999999-12-31 would overflow
        if (d.getYear() < 1 || d.getYear() > 9999) {
            throw BusinessException.onField(field, "api.date");
        }
        return d;
    }

    private static <T> T body(T request) {
        if (request == null) {
            throw new BusinessException("api.bodyRequired");
        }
        return request;
    }
}
