package cn.xinfang.petition.web.reception;

import cn.xinfang.petition.reception.entity.DayViews;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The waiting-room display's live feed (叫号): every screen showing a session's display holds a
 * socket here; each change of the queue is pushed to all of them as JSON of
 * {@link DayViews.Display} — ticket numbers and masked names only. The URL lies under
 * /reception/, so the upgrade request needs a staff login like the display page itself. The last
 * state of each session is kept so that a screen that (re)connects shows it at once.
 */
@ServerEndpoint("/reception/display-socket/{session}")
public class DisplaySocket {

    private static final Logger LOG = Logger.getLogger(DisplaySocket.class.getName());
    private static final Map<Long, Set<Session>> SCREENS = new ConcurrentHashMap<>();
    private static final Map<Long, String> LAST = new ConcurrentHashMap<>();
    private static final Jsonb JSON = JsonbBuilder.create();

    @OnOpen
    public void open(Session socket, @PathParam("session") long sessionId) {
        SCREENS.computeIfAbsent(sessionId, k -> ConcurrentHashMap.newKeySet()).add(socket);
        String last = LAST.get(sessionId);
        if (last != null) {
            socket.getAsyncRemote().sendText(last);
        }
    }

    @OnClose
    public void close(Session socket, @PathParam("session") long sessionId) {
        Set<Session> set = SCREENS.get(sessionId);
        if (set != null) {
            set.remove(socket);
        }
    }

    @OnError
    public void error(Session socket, Throwable t) {
        LOG.log(Level.FINE, "display socket closed", t);
    }

    /** Pushes the display's new state to every screen of its session. */
    public static void push(DayViews.Display display) {
        String json = JSON.toJson(display);
        LAST.put(display.sessionId(), json);
        for (Session s : SCREENS.getOrDefault(display.sessionId(), Set.of())) {
            if (s.isOpen()) {
                s.getAsyncRemote().sendText(json);
            }
        }
    }

    /** How many screens show the session now (the staff screen shows it). */
    public static int screens(long sessionId) {
        return (int) SCREENS.getOrDefault(sessionId, Set.of()).stream().filter(Session::isOpen).count();
    }
}
