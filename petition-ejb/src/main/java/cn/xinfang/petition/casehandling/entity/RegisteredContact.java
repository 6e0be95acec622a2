package cn.xinfang.petition.casehandling.entity;

import cn.xinfang.petition.shared.entity.PersonalDataConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/**
 * The petitioner's name, phone and address as the matter was registered with them: fixed at
 * registration, shown and printed on the matter's notices, whatever later registrations change in
 * the shared {@link Petitioner} record (which keeps the current ones). A phone or address the form
 * left blank is the one on file at registration.
 */
@Embeddable
public class RegisteredContact {

    @Column(name = "petitioner_name", nullable = false, length = 50, updatable = false)
    private String name;

    /** Sealed in the database (AES-GCM). */
    @Column(name = "petitioner_phone", length = 100, updatable = false)
    @Convert(converter = PersonalDataConverter.class)
    private String phone;

    @Column(name = "petitioner_address", length = 200, updatable = false)
    private String address;

    protected RegisteredContact() {
    }

    /** What the form gave, checked like the petitioner's record; blank phone and address from {@code onFile}. */
    public static RegisteredContact of(String name, String phone, String address, Petitioner onFile) {
        Petitioner.checkContact(name, phone, address);
        RegisteredContact c = new RegisteredContact();
        c.name = name.strip();
        c.phone = phone != null && !phone.isBlank() ? phone.strip() : onFile.getPhone();
        c.address = address != null && !address.isBlank() ? address.strip() : onFile.getAddress();
        return c;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    /** Whether the petitioner's record now says the same. */
    public boolean isCurrentIn(Petitioner p) {
        return name.equals(p.getName()) && Objects.equals(phone, p.getPhone()) && Objects.equals(address, p.getAddress());
    }
}
