package vn.thidua.support.problem;

import java.util.Locale;

import vn.thidua.problems.ProblemCatalog;

/**
 * A broken rule of the domain, named (e.g. {@code CHAIR_NOT_MEMBER}). 422 when the request cannot be valid in
 * any state, 409 when it conflicts with the current state. The problem type is
 * {@code /problems/<rule-in-kebab-case>}, so clients can switch on it.
 */
public class RuleViolation extends ProblemException {

    private final String rule;

    public RuleViolation(int status, String rule, String detail) {
        super(status, ProblemCatalog.ruleSlug(rule), titleOf(rule), detail);
        this.rule = rule;
    }

    public static RuleViolation unprocessable(String rule, String detail) {
        return new RuleViolation(422, rule, detail);
    }

    public static RuleViolation conflict(String rule, String detail) {
        return new RuleViolation(409, rule, detail);
    }

    @Override
    public String rule() {
        return rule;
    }

    /** CHAIR_NOT_MEMBER → "Chair not member". */
    private static String titleOf(String rule) {
        String words = rule.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
