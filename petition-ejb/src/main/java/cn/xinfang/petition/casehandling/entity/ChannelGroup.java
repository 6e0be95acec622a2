package cn.xinfang.petition.casehandling.entity;

/** The four statistical groups every report uses: 信 letters, 访 visits, 电 calls, 网 online. */
public enum ChannelGroup {
    LETTER, VISIT, CALL, ONLINE
}
