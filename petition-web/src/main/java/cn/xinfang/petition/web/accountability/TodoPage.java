package cn.xinfang.petition.web.accountability;

import cn.xinfang.petition.accountability.boundary.Todo;
import cn.xinfang.petition.accountability.entity.TodoItem;
import cn.xinfang.petition.accountability.entity.TodoList;
import cn.xinfang.petition.casehandling.entity.DueClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/** The 工作台's 待办 (index.xhtml): what waits for the signed-in person, for the roles that have steps. */
@Named
@RequestScoped
public class TodoPage {

    /** At most this many steps on the 工作台; the counts cover all. */
    public static final int SHOWN = 50;

    @Inject
    Todo todo;

    private TodoList list;

    public boolean isAvailable() {
        var ec = FacesContext.getCurrentInstance().getExternalContext();
        return ec.isUserInRole("registrar") || ec.isUserInRole("officer") || ec.isUserInRole("unit_clerk")
                || ec.isUserInRole("unit_leader") || ec.isUserInRole("county_leader");
    }

    public TodoList getList() {
        if (list == null) {
            list = todo.mine();
        }
        return list;
    }

    public List<TodoItem> getShown() {
        List<TodoItem> items = getList().items();
        return items.size() <= SHOWN ? items : items.subList(0, SHOWN);
    }

    public List<Map.Entry<DueClock, Long>> getCounts() {
        return List.copyOf(getList().perClock().entrySet());
    }

    public int getShownLimit() {
        return SHOWN;
    }
}
