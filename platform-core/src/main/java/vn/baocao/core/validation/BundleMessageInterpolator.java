package vn.baocao.core.validation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.validation.MessageInterpolator;
import org.hibernate.validator.messageinterpolation.AbstractMessageInterpolator;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;
import vn.baocao.core.i18n.Messages;

/**
 * Interpolates constraint messages from the platform's and the plugins' bundles, in one language.
 *
 * <p>Hibernate Validator's own locator cannot see bundles inside named modules or plugin layers, and
 * has no Vietnamese; so the texts come from {@link Messages}. Only {@code {parameter}} terms are
 * filled in, from the constraint's attributes and the parameters its validator added: no expression
 * language is loaded, which keeps start-up short.
 */
final class BundleMessageInterpolator extends AbstractMessageInterpolator {

    BundleMessageInterpolator(Messages messages) {
        super(locale -> messages.asResourceBundle(), Set.of(messages.locale()), messages.locale(),
                context -> messages.locale(), false);
    }

    @Override
    protected String interpolate(MessageInterpolator.Context context, Locale locale, String term) {
        if (term.startsWith("$")) {
            return term;
        }
        String name = term.substring(1, term.length() - 1);
        Map<String, Object> parameters = context.unwrap(HibernateMessageInterpolatorContext.class).getMessageParameters();
        Object value = parameters.containsKey(name) ? parameters.get(name) : context.getConstraintDescriptor().getAttributes().get(name);
        return value == null ? term : print(value);
    }

    private static String print(Object value) {
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
