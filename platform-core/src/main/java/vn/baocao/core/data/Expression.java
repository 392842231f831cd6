package vn.baocao.core.data;

/**
 * A compiled rule expression. It evaluates against one unit and period (and the category a rule is
 * expanded to), counting the values it looked for and those it found missing, for the missing-value
 * strategies.
 */
sealed interface Expression {

    /** Where an expression is evaluated, and the tally of values it met. */
    interface Scope {
        /** The sum of the values matched, or NaN when there is none. */
        double value(int indicator, int disaggregation, int category, int periodOffset);

        /** The category the rule is expanded to ({@code *}). */
        int wildcard();
    }

    /** Values looked for and values missing, while one side is evaluated. */
    final class Tally {
        int looked;
        int missing;
    }

    double evaluate(Scope scope, Tally tally);

    record Number(double value) implements Expression {
        @Override
        public double evaluate(Scope scope, Tally tally) {
            return value;
        }
    }

    /**
     * A value reference: an indicator, summed over its categories or one category of one
     * disaggregation ({@code WILDCARD} for the expanded one), in this period or one before.
     */
    record Reference(int indicator, int disaggregation, int category, int periodOffset) implements Expression {
        static final int ALL = -1;
        static final int WILDCARD = -2;

        @Override
        public double evaluate(Scope scope, Tally tally) {
            tally.looked++;
            int c = category == WILDCARD ? scope.wildcard() : category;
            double v = scope.value(indicator, disaggregation, c, periodOffset);
            if (Double.isNaN(v)) {
                tally.missing++;
                return 0;
            }
            return v;
        }

        Reference earlier() {
            return new Reference(indicator, disaggregation, category, periodOffset + 1);
        }
    }

    record Binary(char operator, Expression left, Expression right) implements Expression {
        @Override
        public double evaluate(Scope scope, Tally tally) {
            double l = left.evaluate(scope, tally);
            double r = right.evaluate(scope, tally);
            return switch (operator) {
                case '+' -> l + r;
                case '-' -> l - r;
                case '*' -> l * r;
                default -> r == 0 ? Double.NaN : l / r;
            };
        }
    }

    record Negation(Expression operand) implements Expression {
        @Override
        public double evaluate(Scope scope, Tally tally) {
            return -operand.evaluate(scope, tally);
        }
    }
}
