package cn.xinfang.petition.web.api;

import cn.xinfang.petition.accountability.boundary.Notifications;
import cn.xinfang.petition.accountability.entity.NotificationView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * The caller's notification centre over HTTP: their own notifications (newest first; {@code unread=true}
 * for the unread ones), the unread count, mark one or all read, the address for notification mails.
 */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    @Inject
    Notifications notifications;

    public record Count(long unread) {
    }

    public record Marked(int marked) {
    }

    public record Address(String email) {
    }

    @GET
    public List<NotificationView> list(@QueryParam("unread") @DefaultValue("false") boolean unread,
                                       @QueryParam("first") @DefaultValue("0") int first,
                                       @QueryParam("size") @DefaultValue("50") int size) {
        return notifications.mine(unread, first, size);
    }

    @GET
    @Path("count")
    public Count count() {
        return new Count(notifications.unreadCount());
    }

    @POST
    @Path("{id}/read")
    public NotificationView read(@PathParam("id") long id) {
        return notifications.markRead(id);
    }

    @POST
    @Path("read")
    public Marked readAll() {
        return new Marked(notifications.markAllRead());
    }

    @GET
    @Path("address")
    public Address address() {
        return new Address(notifications.myEmail());
    }

    @PUT
    @Path("address")
    public Address setAddress(Address a) {
        notifications.setMyEmail(a == null ? null : a.email());
        return new Address(notifications.myEmail());
    }
}
