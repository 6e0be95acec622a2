package cn.xinfang.petition.web.shared;

import cn.xinfang.petition.shared.control.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as the users write them: yyyy-MM-dd, times in China Standard Time. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Clocks.ZONE);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A user name as people read it: the product's own actors ("(online)", "(petitioner)", "(system)") by their label. */
    public String user(String username) {
        if (username != null && username.startsWith("(") && username.endsWith(")")) {
            String key = "actor." + username.substring(1, username.length() - 1);
            String label = Bundle.text(key);
            return label.equals(key) ? username : label;
        }
        return username;
    }
}
