package vn.baocao.core.data;

import java.util.List;
import java.util.Set;
import vn.baocao.api.indicator.Disaggregation;
import vn.baocao.api.indicator.Indicator;

/**
 * Compiles rule expressions: numbers, {@code + - * /}, parentheses, value references
 * {@code #{CODE}}, {@code #{CODE.DISAGGREGATION:CATEGORY}} or {@code :*}, and {@code previous(…)}.
 * Indicator and category codes become indexes here, so that evaluating a rule looks nothing up by
 * name.
 */
final class ExpressionParser {

    /** An expression that does not compile, with the character where it goes wrong (0-based). */
    static final class ParseException extends Exception {
        private static final long serialVersionUID = 1L;
        final int position;
        final String key;
        final String argument;

        ParseException(String key, String argument, int position) {
            super(key + " " + argument + " at " + position, null, false, false);
            this.key = key;
            this.argument = argument;
            this.position = position;
        }
    }

    /** The indicators the compiled expressions refer to, by index. */
    private final List<Indicator> indicators;
    private final String text;
    private int pos;

    private ExpressionParser(List<Indicator> indicators, String text) {
        this.indicators = indicators;
        this.text = text;
    }

    static Expression parse(String text, List<Indicator> indicators) throws ParseException {
        ExpressionParser p = new ExpressionParser(indicators, text);
        Expression e = p.sum();
        p.skipSpaces();
        if (p.pos < text.length()) {
            throw new ParseException("rules.expression.unexpected", String.valueOf(text.charAt(p.pos)), p.pos);
        }
        return e;
    }

    /** The indexes of the indicators an expression refers to. */
    static Set<Integer> indicatorsOf(Expression e) {
        Set<Integer> found = new java.util.HashSet<>();
        collect(e, found);
        return found;
    }

    private static void collect(Expression e, Set<Integer> found) {
        if (e instanceof Expression.Reference r) found.add(r.indicator());
        else if (e instanceof Expression.Binary b) { collect(b.left(), found); collect(b.right(), found); }
        else if (e instanceof Expression.Negation n) collect(n.operand(), found);
    }

    private Expression sum() throws ParseException {
        Expression e = product();
        while (true) {
            skipSpaces();
            if (peek('+') || peek('-')) {
                char op = text.charAt(pos++);
                e = new Expression.Binary(op, e, product());
            } else {
                return e;
            }
        }
    }

    private Expression product() throws ParseException {
        Expression e = factor();
        while (true) {
            skipSpaces();
            if (peek('*') || peek('/')) {
                char op = text.charAt(pos++);
                e = new Expression.Binary(op, e, factor());
            } else {
                return e;
            }
        }
    }

    private Expression factor() throws ParseException {
        skipSpaces();
        if (pos >= text.length()) throw new ParseException("rules.expression.end", "", pos);
        char c = text.charAt(pos);
        if (c == '-') {
            pos++;
            return new Expression.Negation(factor());
        }
        if (c == '(') {
            pos++;
            Expression e = sum();
            expect(')');
            return e;
        }
        if (text.startsWith("#{", pos)) {
            return reference();
        }
        if (text.startsWith("previous", pos)) {
            pos += "previous".length();
            skipSpaces();
            expect('(');
            Expression inner = sum();
            expect(')');
            return earlier(inner);
        }
        if (Character.isDigit(c) || c == '.') {
            int start = pos;
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) pos++;
            try {
                return new Expression.Number(new java.math.BigDecimal(text.substring(start, pos)));
            } catch (NumberFormatException e) {
                throw new ParseException("rules.expression.number", text.substring(start, pos), start);
            }
        }
        throw new ParseException("rules.expression.unexpected", String.valueOf(c), pos);
    }

    private Expression reference() throws ParseException {
        int start = pos;
        int close = text.indexOf('}', pos);
        if (close < 0) throw new ParseException("rules.expression.unclosed", "#{", start);
        String inside = text.substring(pos + 2, close).strip();
        pos = close + 1;
        String code = inside;
        String disaggregation = null;
        String category = null;
        int dot = inside.indexOf('.');
        if (dot >= 0) {
            code = inside.substring(0, dot);
            String rest = inside.substring(dot + 1);
            int colon = rest.indexOf(':');
            if (colon < 0) throw new ParseException("rules.expression.category", inside, start);
            disaggregation = rest.substring(0, colon).strip();
            category = rest.substring(colon + 1).strip();
        }
        int indicator = -1;
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i).code().equals(code)) indicator = i;
        }
        if (indicator < 0) throw new ParseException("rules.expression.unknownIndicator", code, start);
        if (disaggregation == null) {
            return add(new Expression.Reference(indicator, Expression.Reference.ALL, Expression.Reference.ALL, 0));
        }
        List<Disaggregation> ds = indicators.get(indicator).disaggregations();
        int d = -1;
        for (int k = 0; k < ds.size(); k++) {
            if (ds.get(k).code().equals(disaggregation)) d = k;
        }
        if (d < 0) throw new ParseException("rules.expression.unknownDisaggregation", disaggregation + " (" + code + ")", start);
        if (category.equals("*")) {
            return add(new Expression.Reference(indicator, d, Expression.Reference.WILDCARD, 0));
        }
        int c = -1;
        for (int k = 0; k < ds.get(d).categories().size(); k++) {
            if (ds.get(d).categories().get(k).code().equals(category)) c = k;
        }
        if (c < 0) throw new ParseException("rules.expression.unknownCategory", category + " (" + disaggregation + ")", start);
        return add(new Expression.Reference(indicator, d, c, 0));
    }

    private Expression.Reference add(Expression.Reference r) {
        return r;
    }

    /** The same expression one period earlier. */
    private static Expression earlier(Expression e) {
        if (e instanceof Expression.Reference r) return r.earlier();
        if (e instanceof Expression.Binary b) return new Expression.Binary(b.operator(), earlier(b.left()), earlier(b.right()));
        if (e instanceof Expression.Negation n) return new Expression.Negation(earlier(n.operand()));
        return e;
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void expect(char c) throws ParseException {
        skipSpaces();
        if (!peek(c)) throw new ParseException("rules.expression.expected", String.valueOf(c), pos);
        pos++;
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
    }
}
