package cn.xinfang.petition.reception.control;

import cn.xinfang.petition.reception.entity.Publication;
import cn.xinfang.petition.shared.control.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** The reception days' settings (README, "Configuration"): system property or environment, like every other. */
@ApplicationScoped
public class ReceptionSettings {

    public static final LocalTime DEFAULT_CUTOFF = LocalTime.of(17, 0);

    @Inject
    Settings settings;

    /** 公示: days a session is published ahead at least ({@code petition.reception.publish-days-ahead}, 5). */
    public int publishDaysAhead() {
        return Math.max(0, settings.integer("petition.reception.publish-days-ahead", Publication.DEFAULT_DAYS_AHEAD));
    }

    /** The time on the working day before a session when booking closes ({@code petition.reception.booking-cutoff}, 17:00). */
    public LocalTime bookingCutoff() {
        return settings.get("petition.reception.booking-cutoff").map(v -> {
            try {
                return LocalTime.parse(v);
            } catch (DateTimeParseException e) {
                return DEFAULT_CUTOFF;
            }
        }).orElse(DEFAULT_CUTOFF);
    }

    public int bookingsPerAddressHour() {
        return settings.integer("petition.reception.bookings-per-address-hour", 5);
    }

    public int bookingsPerPersonDay() {
        return settings.integer("petition.reception.bookings-per-person-day", 2);
    }

    public int codeFailuresPerAddress() {
        return settings.integer("petition.reception.code-failures-per-address", 20);
    }
}
