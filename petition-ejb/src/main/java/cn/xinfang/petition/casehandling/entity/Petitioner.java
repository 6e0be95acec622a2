package cn.xinfang.petition.casehandling.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.entity.Auditable;
import cn.xinfang.petition.shared.entity.AuditedAs;
import cn.xinfang.petition.shared.entity.PersonalData;
import cn.xinfang.petition.shared.entity.PersonalDataConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * 信访人: one record reused across all of a person's matters, found again by the ID number or by
 * name and phone. Its name, phone and address are the current ones; each matter keeps those it was
 * registered with ({@link RegisteredContact}). ID number, phone and address are personal data: masked where not needed, never logged.
 */
@Entity
@Table(name = "petitioner")
@Audited
@AuditedAs(value = "MATTER", via = "petitioner")
@NamedQuery(name = Petitioner.BY_ID_NUMBER, query = "SELECT p FROM Petitioner p WHERE p.idNumberIndex = :idNumber")
@NamedQuery(name = Petitioner.BY_NAME_AND_PHONE, query = "SELECT p FROM Petitioner p WHERE p.name = :name AND p.phoneIndex = :phone")
public class Petitioner implements Auditable {

    /** Parameter {@code idNumber}: {@link #idNumberIndex(String)} of the number. */
    public static final String BY_ID_NUMBER = "Petitioner.byIdNumber";
    /** Parameters {@code name} and {@code phone}: {@link #phoneIndex(String)} of the phone. */
    public static final String BY_NAME_AND_PHONE = "Petitioner.byNameAndPhone";

    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,20}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "petitioner_seq")
    @SequenceGenerator(name = "petitioner_seq", sequenceName = "petitioner_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false, length = 50)
    private String name;

    /** Sealed in the database (AES-GCM); letters from people who do not give it are still registered. */
    @Column(name = "id_number", length = 100)
    @Convert(converter = PersonalDataConverter.class)
    private String idNumber;

    /** The blind index of the ID number (unique where known): how the number is found again. */
    @Column(name = "id_number_index", length = 64, unique = true)
    @NotAudited
    private String idNumberIndex;

    @Column(name = "phone", length = 100)
    @Convert(converter = PersonalDataConverter.class)
    private String phone;

    @Column(name = "phone_index", length = 64)
    @NotAudited
    private String phoneIndex;

    @Column(name = "address", length = 200)
    private String address;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Petitioner() {
    }

    public Petitioner(String name, String idNumber, String phone, String address, LocalDate today) {
        update(name, idNumber, phone, address, today);
    }

    /** Newer facts from a later matter replace older ones; an ID number once known is not erased. */
    public void update(String name, String idNumber, String phone, String address, LocalDate today) {
        checkContact(name, phone, address);
        this.name = name.strip();
        if (idNumber != null && !idNumber.isBlank()) {
            this.idNumber = IdNumber.parse(idNumber, "idNumber", today).value();
            this.idNumberIndex = idNumberIndex(this.idNumber);
        }
        if (phone != null && !phone.isBlank()) {
            this.phone = phone.strip();
            this.phoneIndex = phoneIndex(this.phone);
        }
        if (address != null && !address.isBlank()) {
            this.address = address.strip();
        }
    }

    /** The blind index a look-up by ID number compares (the number as {@link IdNumber} normalizes it). */
    public static String idNumberIndex(String idNumber) {
        return PersonalData.index(PersonalData.Kind.ID_NUMBER, idNumber);
    }

    /** The blind index a look-up by phone compares (the phone as typed, stripped). */
    public static String phoneIndex(String phone) {
        return phone == null ? null : PersonalData.index(PersonalData.Kind.PHONE, phone.strip());
    }

    /** The name (required), phone and address as a form gives them, checked field by field. */
    static void checkContact(String name, String phone, String address) {
        if (name == null || name.isBlank()) {
            throw BusinessException.onField("petitionerName", "error.required");
        }
        if (name.strip().length() > 50) {
            throw BusinessException.onField("petitionerName", "error.tooLong");
        }
        if (phone != null && !phone.isBlank() && !PHONE.matcher(phone.strip()).matches()) {
            throw BusinessException.onField("phone", "error.phone");
        }
        if (address != null && address.strip().length() > 200) {
            throw BusinessException.onField("address", "error.tooLong");
        }
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("idNumber", IdNumber.mask(idNumber));
        m.put("phone", phone == null ? null : "****" + phone.substring(Math.max(0, phone.length() - 4)));
        m.put("address", address == null ? null : "（已记录）");
        return m;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public long getVersion() {
        return version;
    }
}
