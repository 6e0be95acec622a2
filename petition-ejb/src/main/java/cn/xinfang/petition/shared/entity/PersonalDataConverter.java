package cn.xinfang.petition.shared.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Seals a personal-data column (ID number, phone) with AES-256-GCM on its way to the database and
 * opens it on the way back ({@link PersonalData}); the entity's getters keep giving the plain
 * value. A sealed column cannot be compared in a query: exact look-ups go through the blind index
 * column beside it.
 */
@Converter
public class PersonalDataConverter implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String plain) {
        return PersonalData.seal(plain);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return PersonalData.open(stored);
    }
}
