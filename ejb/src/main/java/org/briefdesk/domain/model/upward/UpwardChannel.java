package org.briefdesk.domain.model.upward;

/** How a package went up: mailed by Briefdesk, or downloaded and sent by the editor. */
public enum UpwardChannel {
    MAIL("邮件"),
    DOWNLOAD("下载报送");

    private final String label;

    UpwardChannel(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
