package vn.baocao.core.read;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import vn.baocao.api.document.DocumentNumber;
import vn.baocao.api.period.Period;
import vn.baocao.api.report.IssueDate;

/** The message key that names, for a user, the kind of value a Java type expects. */
final class TypeNames {
    private TypeNames() {}

    static String keyFor(Class<?> type) {
        if (type == String.class) return "type.text";
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == BigInteger.class) return "type.integer";
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class) return "type.number";
        if (type == boolean.class || type == Boolean.class) return "type.boolean";
        if (type == LocalDate.class) return "type.date";
        if (type == IssueDate.class) return "type.issueDate";
        if (Period.class.isAssignableFrom(type)) return "type.period";
        if (type == DocumentNumber.class) return "type.symbol";
        if (type.isEnum()) return "type.choice";
        if (type.isArray() || Collection.class.isAssignableFrom(type)) return "type.list";
        if (Map.class.isAssignableFrom(type)) return "type.map";
        return "type.object";
    }
}
