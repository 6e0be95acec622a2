package cn.xinfang.petition.casehandling.entity;

/** How the rating reached the bureau: online with the lookup code, or recorded by staff. */
public enum RatingVia {
    ONLINE,
    PHONE,
    IN_PERSON
}
