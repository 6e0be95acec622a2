package cn.xinfang.petition.casehandling.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;

/** The rules that the entries of both code tables (issue categories and channels) share. */
public final class CodeEntries {

    /** The name columns of both tables are 40 characters wide. */
    public static final int MAX_NAME_LENGTH = 40;

    private CodeEntries() {
    }

    /** A name as stored: stripped, not blank, at most {@link #MAX_NAME_LENGTH} characters. */
    public static String name(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw BusinessException.onField("name", "error.required");
        }
        if (n.length() > MAX_NAME_LENGTH) {
            throw BusinessException.onField("name", "error.codes.nameLength", MAX_NAME_LENGTH);
        }
        return n;
    }
}
