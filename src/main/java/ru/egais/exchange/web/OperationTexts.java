package ru.egais.exchange.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page's words for what long operations report. The exchange and the loading of incoming documents describe
 * themselves in English for logs and the API ("3 organization(s) exchanged", "7 new document(s) stored, 2 seen
 * before"); the page recognizes those forms and says them in its own language with the right plural. A text it does
 * not recognize (a new form, a UTM's error) is shown as written.
 */
final class OperationTexts {

    private static final Pattern ORGANIZATIONS = Pattern.compile("(\\d+) organization\\(s\\)");
    private static final Pattern EXCHANGED = Pattern.compile("(\\d+) organization\\(s\\) exchanged(?:, (\\d+) with errors)?");
    private static final Pattern STORED = Pattern.compile(
            "(\\d+) new document\\(s\\) stored(?:, (\\d+) seen before)?(?:, (\\d+) skipped)?");
    private static final Pattern DOCUMENT_STEP = Pattern.compile("document (\\d+) of (\\d+): (.*)");
    private static final Pattern READ = Pattern.compile("(.*), ([0-9.]+) MB(?: of ([0-9.]+) MB)?");

    private OperationTexts() {
    }

    static String subject(String subject, Words w) {
        Matcher m = subject == null ? null : ORGANIZATIONS.matcher(subject);
        return m != null && m.matches() ? w.m().op_subjectOrganizations(Long.parseLong(m.group(1))) : subject;
    }

    static String step(String step, Words w) {
        if (step == null) {
            return null;
        }
        if (step.equals("organizations exchanged")) {
            return w.m().op_stepOrganizations();
        }
        Matcher m = DOCUMENT_STEP.matcher(step);
        if (m.matches()) {
            String done = w.m().op_stepDocument(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
            Matcher read = READ.matcher(m.group(3));
            if (!read.matches()) {
                return done + ": " + m.group(3); // the document's URL: data, shown as written
            }
            return done + ": " + read.group(1) + ", " + (read.group(3) == null
                    ? w.m().op_megabytes(read.group(2)) : w.m().op_megabytesOf(read.group(2), read.group(3)));
        }
        return step;
    }

    static String outcome(String outcome, Words w) {
        if (outcome == null) {
            return null;
        }
        Matcher m = EXCHANGED.matcher(outcome);
        if (m.matches()) {
            return w.m().op_exchanged(Long.parseLong(m.group(1)), m.group(2) == null ? 0 : Long.parseLong(m.group(2)));
        }
        m = STORED.matcher(outcome);
        if (m.matches()) {
            return w.m().op_stored(Long.parseLong(m.group(1)), m.group(2) == null ? 0 : Long.parseLong(m.group(2)),
                    m.group(3) == null ? 0 : Long.parseLong(m.group(3)));
        }
        return outcome;
    }
}
