package org.briefdesk.application.mailbox;

/** What one poll of the mailbox did, for the log and the editor who pressed 立即收取. */
public record PollResult(int items, int quarantined, int alreadyTaken, int failed) {

    public String summary() {
        if (items + quarantined + alreadyTaken + failed == 0) {
            return "收取完成：邮箱中没有新邮件";
        }
        return "收取完成：转为信息 " + items + " 封，待分派 " + quarantined + " 封，已收取过 " + alreadyTaken + " 封"
                + (failed == 0 ? "" : "，" + failed + " 封处理失败，将在下次收取时重试");
    }
}
