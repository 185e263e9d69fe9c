package org.csptransition.infra.journey;

import org.csptransition.infra.MailServer.CapturedMail;

import java.util.List;

/** Who hears the journey: the demo prints it; the journey test stays quiet. */
public interface Narrator {

    void step(int number, String title);

    void exchange(Api.Call call, Api.Answer answer);

    void mails(List<CapturedMail> mails);

    void summary(List<String> lines);

    /** Says nothing. */
    Narrator SILENT = new Narrator() {
        @Override
        public void step(int number, String title) {
        }

        @Override
        public void exchange(Api.Call call, Api.Answer answer) {
        }

        @Override
        public void mails(List<CapturedMail> mails) {
        }

        @Override
        public void summary(List<String> lines) {
        }
    };
}
