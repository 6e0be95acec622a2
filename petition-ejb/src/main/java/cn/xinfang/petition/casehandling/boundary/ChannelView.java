package cn.xinfang.petition.casehandling.boundary;

import cn.xinfang.petition.casehandling.entity.Channel;
import cn.xinfang.petition.casehandling.entity.ChannelGroup;

import java.io.Serializable;

/** A channel as the administrator's code table shows it. */
public record ChannelView(String code, String name, ChannelGroup group, boolean transfer, boolean active, int sortOrder,
                          long version) implements Serializable {

    public static ChannelView of(Channel c) {
        return new ChannelView(c.getCode(), c.getName(), c.getGroup(), c.isTransfer(), c.isActive(), c.getSortOrder(),
                c.getVersion());
    }
}
