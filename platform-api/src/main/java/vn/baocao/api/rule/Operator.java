package vn.baocao.api.rule;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How a data rule compares its two sides (DHIS2's validation-rule operators). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Operator {
    EQUAL_TO("=="),
    NOT_EQUAL_TO("!="),
    LESS_THAN("<"),
    LESS_THAN_OR_EQUAL_TO("<="),
    GREATER_THAN(">"),
    GREATER_THAN_OR_EQUAL_TO(">="),
    /** Both sides have a value, or neither has. */
    COMPULSORY_PAIR("compulsory pair"),
    /** Not both sides have a value. */
    EXCLUSIVE_PAIR("exclusive pair"),
    /**
     * Whenever the left side has a value (any of its values is reported), the right side must have
     * one too; the reverse is not asked (unlike {@link #COMPULSORY_PAIR}).
     */
    @API(status = EXPERIMENTAL, since = "0.2")
    REQUIRES("requires");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The operator written as in a rule file: {@code <=}, {@code compulsory_pair}, … */
    public static Operator of(String text) {
        String t = text.strip();
        for (Operator o : values()) {
            if (o.symbol.equals(t) || o.name().equalsIgnoreCase(t.replace(' ', '_'))) return o;
        }
        throw new IllegalArgumentException("unknown operator '" + text + "'");
    }
}
