package vn.baocao.core.validation;

import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
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
        super(locale -> new MapBundle(messages.texts()), Set.of(messages.locale()), messages.locale(),
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

    /** A fixed set of texts as a resource bundle. */
    private static final class MapBundle extends ResourceBundle {
        private final Map<String, String> texts;

        MapBundle(Map<String, String> texts) {
            this.texts = texts;
        }

        @Override
        protected Object handleGetObject(String key) {
            return texts.get(key);
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.enumeration(texts.keySet());
        }
    }
}
