package cn.xinfang.petition.casehandling.boundary;

import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterState;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Search criteria for matter lists; every field optional. {@code text} matches a matter number,
 * a petitioner's name (prefix), ID number or phone (exact), or words of the content.
 */
public record MatterFilter(String text, String channelCode, MatterKind kind, String categoryCode, MatterState state,
                           LocalDate receivedFrom, LocalDate receivedTo, boolean overdueOnly) implements Serializable {

    public static final MatterFilter ALL = new MatterFilter(null, null, null, null, null, null, null, false);
}
