package cn.xinfang.petition.web.api;

import cn.xinfang.petition.reception.boundary.DutyRosters;
import cn.xinfang.petition.reception.boundary.Forms;
import cn.xinfang.petition.reception.boundary.Outreach;
import cn.xinfang.petition.reception.entity.DutyLogEntry;
import cn.xinfang.petition.reception.entity.OutreachViews.CarriedRow;
import cn.xinfang.petition.reception.entity.OutreachViews.FollowUpRow;
import cn.xinfang.petition.reception.entity.OutreachViews.ShiftView;
import cn.xinfang.petition.reception.entity.Views.BookingReceipt;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.control.Clocks;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.util.List;

/**
 * 带案下访, 约访, 回访 and 值班 over HTTP: {@code /api/reception/case-visits/{session}} (the matters a
 * leader carries to a session), {@code /api/reception/invitations/{session}} (约访, the code in the
 * answer only), {@code /api/reception/follow-ups/{instruction}} (回访 of a 批示件's matter) and
 * {@code /api/reception/duty} (the rosters, swaps, the duty log). Roles and scoping are the
 * boundaries' (Outreach, DutyRosters); bad input is a 400 naming the field.
 */
public final class ReceptionOutreachResource {

    private ReceptionOutreachResource() {
    }

    public record CarryRequest(String matterNumber, String purpose) {
    }

    public record ResultRequest(long version, String result) {
    }

    public record SwapRequest(long version, Long memberId, Forms.MemberForm replacement, String reason) {
    }

    public record LogRequest(DutyLogEntry.Kind kind, String summary, String matterNumber) {
    }

    @Path("reception/case-visits")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class CaseVisits {

        @Inject
        Outreach outreach;

        @GET
        @Path("{session}")
        public List<CarriedRow> carried(@PathParam("session") long session) {
            return outreach.carried(session);
        }

        @POST
        @Path("{session}")
        public Response carry(@PathParam("session") long session, CarryRequest r) {
            return Response.status(201).entity(outreach.carry(session, ReceptionDayResource.body(r).matterNumber(), r.purpose())).build();
        }

        @POST
        @Path("carried/{id}/result")
        public CarriedRow result(@PathParam("id") long id, ResultRequest r) {
            return outreach.recordResult(id, ReceptionDayResource.body(r).version(), r.result());
        }
    }

    @Path("reception/invitations")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Invitations {

        @Inject
        Outreach outreach;

        /** 约访 of a petitioner to the session; the booking code is in this answer only. */
        @POST
        @Path("{session}")
        public Response invite(@PathParam("session") long session, Forms.InvitationForm f) {
            BookingReceipt receipt = outreach.invite(session, ReceptionDayResource.body(f));
            return Response.status(201).entity(receipt).header("Cache-Control", "no-store").build();
        }
    }

    @Path("reception/follow-ups")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class FollowUps {

        @Inject
        Outreach outreach;

        @GET
        @Path("{instruction}")
        public List<FollowUpRow> list(@PathParam("instruction") long instruction) {
            return outreach.followUps(instruction);
        }

        @POST
        @Path("{instruction}")
        public Response record(@PathParam("instruction") long instruction, Forms.FollowUpForm f) {
            return Response.status(201).entity(outreach.recordFollowUp(instruction, ReceptionDayResource.body(f))).build();
        }
    }

    @Path("reception/duty")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Duty {

        @Inject
        DutyRosters rosters;

        @GET
        public List<ShiftView> shifts(@QueryParam("from") String from, @QueryParam("to") String to) {
            LocalDate f = PublicReceptionResource.date("from", from, LocalDate.now(Clocks.ZONE));
            return rosters.shifts(f, PublicReceptionResource.date("to", to, f.plusMonths(1)));
        }

        @POST
        public Response add(Forms.ShiftForm f) {
            return Response.status(201).entity(rosters.addShift(ReceptionDayResource.body(f))).build();
        }

        @GET
        @Path("{id}")
        public ShiftView shift(@PathParam("id") long id) {
            return rosters.shift(id);
        }

        @POST
        @Path("{id}/swap")
        public ShiftView swap(@PathParam("id") long id, SwapRequest r) {
            if (ReceptionDayResource.body(r).memberId() == null) {
                throw BusinessException.onField("memberId", "error.required");
            }
            if (r.replacement() == null) {
                throw BusinessException.onField("memberName", "error.required");
            }
            return rosters.swap(id, r.version(), r.memberId(), r.replacement(), r.reason());
        }

        @POST
        @Path("{id}/log")
        public ShiftView log(@PathParam("id") long id, LogRequest r) {
            return rosters.log(id, ReceptionDayResource.body(r).kind(), r.summary(), r.matterNumber());
        }
    }
}
