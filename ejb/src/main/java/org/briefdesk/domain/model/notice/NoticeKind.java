package org.briefdesk.domain.model.notice;

import java.util.Arrays;
import java.util.List;
import org.briefdesk.domain.model.account.Role;

/**
 * What a notice (提醒) is about. Each kind has the role it is meant for (the preferences page offers
 * a role only its own kinds), whether it is mailed when a person has not chosen, and the last line a
 * mail of this kind ends with.
 */
public enum NoticeKind {
    ITEM_RETURNED("信息被退回修改", Role.OFFICER, true, "请登录简报台，在“本单位信息”页面修改后重新报送。"),
    ITEM_REJECTED("信息未予采用", Role.OFFICER, false, "请登录简报台查看原因。"),
    ITEM_ACCEPTED("信息已采用待编", Role.OFFICER, false, "请登录简报台查看。"),
    ITEM_PRINTED("信息被简报刊用", Role.OFFICER, false, "请登录简报台查看。"),
    ITEM_INSTRUCTED("信息获领导批示", Role.OFFICER, true, "请登录简报台查看批示内容。"),
    ITEM_ADOPTED("信息被刊物或媒体采用", Role.OFFICER, false, "请登录简报台查看。"),
    SOLICITATION_RECEIVED("收到约稿", Role.OFFICER, true, "请登录简报台，在“本单位信息”页面报送稿件。"),
    SOLICITATION_DUE("约稿到期提醒", Role.OFFICER, true, "请登录简报台，在“本单位信息”页面报送稿件。"),
    SOLICITATION_OVERDUE("约稿已逾期", Role.OFFICER, true, "请登录简报台，在“本单位信息”页面报送稿件。"),
    QUOTA_REMINDER("报送任务提醒", Role.OFFICER, false, "请登录简报台报送信息。"),
    ISSUE_FOR_UNIT("新一期简报发送本单位", Role.OFFICER, false, "请登录简报台，在“本单位简报”页面阅读。"),
    URGENT_ITEM("紧急信息报送", Role.EDITOR, true, "请登录简报台，在收件箱中处理。"),
    SOLICITATION_ANSWERED("约稿收到回复", Role.EDITOR, false, "请登录简报台查看。"),
    ISSUE_AWAITING_SIGNOFF("简报待签发", Role.EDITOR, true, "请登录简报台，在“简报编印”页面审核签发。"),
    ISSUE_SIGNED_OFF("简报已签发", Role.EDITOR, false, "请登录简报台发布。"),
    ISSUE_FOR_LEADER("新一期简报呈阅", Role.LEADER, false, "请登录简报台，在“简报阅览”页面阅读。"),
    OTHER("其他提醒", null, false, "请登录简报台查看。");

    private final String label;
    private final Role audience;
    private final boolean mailedByDefault;
    private final String mailClosing;

    NoticeKind(String label, Role audience, boolean mailedByDefault, String mailClosing) {
        this.label = label;
        this.audience = audience;
        this.mailedByDefault = mailedByDefault;
        this.mailClosing = mailClosing;
    }

    public String getLabel() {
        return label;
    }

    public boolean isMailedByDefault() {
        return mailedByDefault;
    }

    public String getMailClosing() {
        return mailClosing;
    }

    /** The kinds someone of this role can receive, in the order the preferences page lists them. */
    public static List<NoticeKind> forRole(Role role) {
        return Arrays.stream(values()).filter(k -> k.audience == role).toList();
    }
}
