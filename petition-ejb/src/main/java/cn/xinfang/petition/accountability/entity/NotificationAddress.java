package cn.xinfang.petition.accountability.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.regex.Pattern;

/** The e-mail address a user has notifications mailed to. */
@Entity
@Table(name = "notification_address")
public class NotificationAddress {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,100}\\.[A-Za-z]{2,20}");

    @Id
    @Column(name = "username", length = 32)
    private String username;

    @Column(name = "email", nullable = false, length = 120)
    private String email;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected NotificationAddress() {
    }

    public NotificationAddress(String username, String email) {
        this.username = username;
        change(email);
    }

    public void change(String address) {
        String a = address == null ? "" : address.strip();
        if (!EMAIL.matcher(a).matches()) {
            throw BusinessException.onField("email", "acc.error.email");
        }
        this.email = a;
    }

    public String getEmail() {
        return email;
    }
}
