package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.casehandling.entity.AppealOutcome;
import cn.xinfang.petition.casehandling.entity.AppealStage;
import cn.xinfang.petition.casehandling.entity.AppealView;
import cn.xinfang.petition.casehandling.entity.DocumentKind;
import cn.xinfang.petition.casehandling.entity.FollowUpView;
import cn.xinfang.petition.casehandling.entity.HandlingView;
import cn.xinfang.petition.casehandling.entity.Hearing;
import cn.xinfang.petition.casehandling.entity.HandlingView;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterSummary;
import cn.xinfang.petition.casehandling.entity.TimelineEntry;
import cn.xinfang.petition.casehandling.entity.Actor;
import cn.xinfang.petition.casehandling.entity.HearingView;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.casehandling.entity.MatterSummary;
import cn.xinfang.petition.casehandling.entity.TimelineEntry;
import cn.xinfang.petition.shared.control.Clocks;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The texts of the written notices (2022 信访工作条例 Art 22, 23, 32, 34). Built from the view the
 * caller may see, so a masked ID number stays masked in the PDF too.
 */
@ApplicationScoped
public class Notices {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Clocks.ZONE);

    public Set<DocumentKind> available(MatterDetail d) {
        HandlingView h = d.handling();
        MatterState state = d.summary().state();
        Set<DocumentKind> kinds = EnumSet.of(DocumentKind.REGISTRATION_FORM, DocumentKind.TIMELINE);
        if (h.acceptedOn() != null) {
            kinds.add(DocumentKind.ACCEPTANCE_NOTICE);
        }
        if (state == MatterState.NOT_ACCEPTED) {
            kinds.add(DocumentKind.REFUSAL_NOTICE);
        }
        if (state == MatterState.STATUTORY_CHANNEL) {
            kinds.add(DocumentKind.STATUTORY_NOTICE);
        }
        if (state == MatterState.FORWARDED) {
            kinds.add(DocumentKind.FORWARD_NOTICE);
        }
        if (h.extensionDays() > 0) {
            kinds.add(DocumentKind.EXTENSION_NOTICE);
        }
        if (h.repliedOn() != null) {
            kinds.add(DocumentKind.OPINION);
        }
        FollowUpView f = d.followUp();
        if (!f.hearings().isEmpty()) {
            kinds.add(DocumentKind.HEARING_RECORD);
        }
        if (f.review() != null && f.review().decided()) {
            kinds.add(DocumentKind.REVIEW_OPINION);
        }
        if (f.reReview() != null && f.reReview().decided()) {
            kinds.add(DocumentKind.RE_REVIEW_OPINION);
        }
        return kinds;
    }

    public OfficialDocument document(MatterDetail d, DocumentKind kind) {
        MatterSummary s = d.summary();
        HandlingView h = d.handling();
        String bureau = d.registeringUnitName();
        String received = OfficialDocument.formatDate(s.receivedOn());
        String intro = "你（你们）于" + received + "通过" + s.channelName() + "反映的“" + s.categoryPath() + "”问题，本机关已收悉。";
        String addressee = d.petitioner().name();
        String code = d.followUp().lookupCode();
        // the code itself is known only in the request that issued it (it is kept as a hash)
        String lookup = (code == null ? "查询码已在登记时告知你（你们）" : "查询码：" + code)
                + "。凭事项编号和查询码，可在网上查询办理进展、下载告知书和意见书，并对办理结果作出评价"
                + (code == null ? "；查询码遗失的，可向信访部门申请重新生成。" : "。");
        return switch (kind) {
            case REGISTRATION_FORM -> OfficialDocument.builder("信访事项登记表")
                    .field("事项编号", s.number())
                    .field("信访渠道", s.channelName())
                    .field("收到日期", received)
                    .field("信访人", d.petitioner().name())
                    .field("身份证号码", orDash(d.petitioner().idNumber()))
                    .field("联系电话", orDash(d.petitioner().phone()))
                    .field("住址", orDash(d.petitioner().address()))
                    .field("人数", s.peopleCount() + (s.collective() ? "（集体访，代表：" + String.join("、", d.representatives()) + "）" : ""))
                    .field("越级情况", crossLevel(s))
                    .field("问题属地", d.problemPlaceName())
                    .field("问题类别", s.categoryPath())
                    .field("重复信访", d.originNumber() == null ? "初信初访" : "是，原事项 " + d.originNumber())
                    .field("登记人", who(d.registeredBy()) + "（" + d.registeringUnitName() + "）")
                    .paragraph("反映内容：" + d.content())
                    .signature(bureau, s.receivedOn())
                    .build();
            case ACCEPTANCE_NOTICE -> OfficialDocument.builder("受理告知书")
                    .issuingOrgan(bureau).addressee(addressee)
                    .paragraph(intro + "根据《信访工作条例》第二十二条、第二十三条的规定，该信访事项已于"
                            + OfficialDocument.formatDate(h.acceptedOn()) + "受理"
                            + (h.mainUnitName() == null ? "，将依法交由有权处理的机关、单位办理。" : "，交由" + h.mainUnitName() + "办理。")
                            + "办理机关、单位应当自受理之日起六十日内办结，并书面答复你（你们）。")
                    .field("事项编号", s.number())
                    .signature(bureau, h.acceptedOn())
                    .footerNote(lookup)
                    .build();
            case REFUSAL_NOTICE -> OfficialDocument.builder("不予受理告知书")
                    .issuingOrgan(bureau).addressee(addressee)
                    .paragraph(intro + "经审查，该事项不予受理，理由如下：" + h.decisionText())
                    .field("事项编号", s.number())
                    .signature(bureau, h.closedOn())
                    .footerNote(lookup)
                    .build();
            case STATUTORY_NOTICE -> OfficialDocument.builder("告知书")
                    .issuingOrgan(bureau).addressee(addressee)
                    .paragraph(intro + "经审查，该事项属于应当通过法定途径解决的事项。根据《信访工作条例》第三十一条的规定，"
                            + "请你（你们）依照法律、法规的规定，通过以下途径解决：" + h.decisionText())
                    .field("事项编号", s.number())
                    .signature(bureau, h.closedOn())
                    .footerNote(lookup)
                    .build();
            case FORWARD_NOTICE -> OfficialDocument.builder("转送告知书")
                    .issuingOrgan(bureau).addressee(addressee)
                    .paragraph(intro + "根据《信访工作条例》第二十三条的规定，该检举控告事项已转送" + h.decisionText() + "依法处理。")
                    .field("事项编号", s.number())
                    .signature(bureau, h.closedOn())
                    .footerNote(lookup)
                    .build();
            case EXTENSION_NOTICE -> OfficialDocument.builder("延期告知书")
                    .issuingOrgan(h.mainUnitName()).addressee(addressee)
                    .paragraph(intro + "该事项因" + h.extensionReason() + "，情况复杂，根据《信访工作条例》第三十四条的规定，"
                            + "经本单位负责人批准，办理期限延长" + h.extensionDays() + "日，至"
                            + OfficialDocument.formatDate(h.handlingDue()) + "。")
                    .field("事项编号", s.number())
                    .signature(h.mainUnitName(), extensionDay(d))
                    .build();
            case OPINION -> OfficialDocument.builder("信访处理意见书")
                    .issuingOrgan(h.mainUnitName()).addressee(addressee)
                    .paragraph(intro + "本机关依法进行了调查核实，现提出处理意见如下：")
                    .paragraphs(List.of(h.replyText().split("\\R+")))
                    .paragraph("处理意见：" + outcome(h) + "。")
                    .paragraph("如对本处理意见不服，可以自收到本意见书之日起三十日内，请求原办理机关的上一级机关复查。")
                    .field("事项编号", s.number())
                    .signature(h.mainUnitName(), h.repliedOn())
                    .footerNote(lookup)
                    .build();
            case HEARING_RECORD -> {
                OfficialDocument.Builder b = OfficialDocument.builder("听证记录").field("事项编号", s.number());
                List<String> lines = new ArrayList<>();
                for (HearingView hv : d.followUp().hearings()) {
                    lines.add(OfficialDocument.formatDate(hv.heldFrom()) + "至" + OfficialDocument.formatDate(hv.heldTo())
                            + "，" + hv.place() + "（" + stage(hv.stage()) + "）。参加人：" + hv.participants() + "。");
                    lines.add("听证记录：" + (hv.minutes() == null ? "（尚未记录）" : hv.minutes()));
                    lines.add("听证结论：" + (hv.conclusion() == null ? "（尚未记录）" : hv.conclusion()));
                }
                yield b.paragraphs(lines).build();
            }
            case REVIEW_OPINION, RE_REVIEW_OPINION -> appealOpinion(d, kind == DocumentKind.REVIEW_OPINION
                    ? d.followUp().review() : d.followUp().reReview(), addressee, lookup);
            case TIMELINE -> {
                OfficialDocument.Builder b = OfficialDocument.builder("办理过程记录").field("事项编号", s.number());
                List<String> lines = new ArrayList<>();
                for (TimelineEntry t : d.timeline()) {
                    String what = t.describe(Locale.CHINA);
                    lines.add(TIME.format(t.at()) + "　" + who(t.username()) + "　" + event(t) + (what.isEmpty() ? "" : "：" + what));
                }
                yield b.paragraphs(lines).build();
            }
        };
    }

    private static OfficialDocument appealOpinion(MatterDetail d, AppealView a, String addressee, String lookup) {
        boolean review = a.stage() == AppealStage.REVIEW;
        String what = review ? "复查" : "复核";
        String below = review ? "信访处理意见" : "复查意见";
        OfficialDocument.Builder b = OfficialDocument.builder(what + "意见书")
                .issuingOrgan(a.authorityName()).documentNumber(a.documentNumber()).addressee(addressee)
                .paragraph("你（你们）对信访事项 " + d.summary().number() + " 的" + below + "不服，于"
                        + OfficialDocument.formatDate(a.requestedOn()) + "提出" + what + "请求。理由：" + a.requestReason())
                .paragraph("本机关依照《信访工作条例》第三十五条" + (review ? "" : "、第三十六条") + "的规定进行了" + what + "，意见如下：")
                .paragraphs(List.of(a.opinion().split("\\R+")))
                .paragraph(what + "结论：" + switch (a.outcome()) {
                    case UPHELD -> "维持" + below;
                    case REVISED -> "撤销或变更" + below;
                    case REDO -> "撤销" + below + "，责令原办理机关重新办理";
                } + "。")
                .paragraph(review
                        ? "如对本复查意见不服，可以自收到本意见书之日起三十日内，向复查机关的上一级机关请求复核。"
                        : "本复核意见为终结意见。信访人对复核意见不服，仍以同一事实和理由提出投诉请求的，不再受理。")
                .field("事项编号", d.summary().number())
                .signature(a.authorityName(), a.decidedOn())
                .footerNote(a.decidedHere() ? lookup : "本意见书由" + a.authorityName() + "作出，本机关据原件录入。");
        return b.build();
    }

    private static String stage(Hearing.Stage stage) {
        return switch (stage) {
            case HANDLING -> "办理阶段";
            case REVIEW -> "复查阶段";
            case RE_REVIEW -> "复核阶段";
        };
    }

    private static LocalDate extensionDay(MatterDetail d) {
        return d.timeline().stream().filter(t -> t.type().name().equals("EXTEND"))
                .map(t -> LocalDate.ofInstant(t.at(), Clocks.ZONE)).findFirst().orElse(LocalDate.now(Clocks.ZONE));
    }

    /** The product's own actors in the documents' language. */
    static String who(String username) {
        return switch (username == null ? "" : username) {
            case Actor.ONLINE_NAME -> "网上信访（信访人提交）";
            case Actor.PETITIONER_NAME -> "信访人（网上）";
            case Actor.SYSTEM_NAME -> "系统（到期自动）";
            default -> username;
        };
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private static String crossLevel(MatterSummary s) {
        return switch (s.crossLevel()) {
            case NONE -> "无";
            case CITY -> "到市";
            case PROVINCE -> "赴省";
            case BEIJING -> "进京";
        };
    }

    private static String outcome(HandlingView h) {
        return switch (h.replyOutcome()) {
            case SUPPORTED -> "支持";
            case EXPLAINED -> "解释说明";
            case REJECTED -> "不予支持";
            case ADOPTED -> "采纳";
            case NOT_ADOPTED -> "未采纳";
        };
    }

    private static String event(TimelineEntry t) {
        return switch (t.type()) {
            case REGISTERED -> "登记";
            case REFUSE -> "不予受理";
            case REFER_STATUTORY -> "告知法定途径";
            case FORWARD_ACCUSATION -> "转纪检监察";
            case ACCEPT -> "受理";
            case ROUTE -> "交办/转办";
            case OBJECT -> "提出异议";
            case NOTE -> "办理记录";
            case EXTEND -> "延期";
            case HEARING -> "听证";
            case DRAFT_REPLY -> "拟写答复";
            case APPROVE_REPLY -> "批准答复";
            case RETURN_REPLY -> "退回答复";
            case REPORT_BACK -> "报送结果";
            case CLOSE -> "办结";
            case EVALUATE -> "评价";
            case REQUEST_REVIEW -> "申请复查";
            case DECIDE_REVIEW -> "复查意见";
            case REQUEST_RE_REVIEW -> "申请复核";
            case DECIDE_RE_REVIEW -> "复核意见（终结）";
            case TERMINATE -> "终结";
            case HEARING_RECORD -> "听证记录";
            case RESOLVE -> "息诉息访";
            case BACKLOG_FLAG -> "列为积案";
            case BACKLOG_CLEAR -> "移出积案";
            case ATTACHMENT -> "上传附件";
            case ACCUSED_IDENTIFIED -> "确认被检举对象";
            case CO_OPINION -> "协办意见";
            case CO_DUE -> "协办期限";
            case LEDGER_IMPORTED -> "历史台账导入";
            case REFUSE_APPEAL -> "复查（复核）申请不予受理";
        };
    }
}
