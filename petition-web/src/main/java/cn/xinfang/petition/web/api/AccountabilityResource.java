package cn.xinfang.petition.web.api;

import cn.xinfang.petition.accountability.boundary.DeadlineWatch;
import cn.xinfang.petition.accountability.boundary.Todo;
import cn.xinfang.petition.accountability.entity.TodoList;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * 责任落实 over HTTP: the caller's to-do list (待办) and, for an officer or the administrator, a run
 * of the deadline watch by hand (it runs once per interval on its own).
 */
@Path("accountability")
@Produces(MediaType.APPLICATION_JSON)
public class AccountabilityResource {

    @Inject
    Todo todo;

    @Inject
    DeadlineWatch watch;

    @GET
    @Path("todo")
    public TodoList todo() {
        return todo.mine();
    }

    @POST
    @Path("watch/run")
    public DeadlineWatch.Result runWatch() {
        return watch.runNow();
    }
}
