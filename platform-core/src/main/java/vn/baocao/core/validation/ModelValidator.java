package vn.baocao.core.validation;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.baocao.core.i18n.Messages;

/**
 * Validates model records with their Jakarta constraints and reports each violation with its JSON
 * pointer, in the user's language, with a hint where the platform has one.
 */
public final class ModelValidator {

    /** A violation put into words. */
    public record Finding(String code, String pointer, String message, Optional<String> hint, boolean missing) {}

    private static final Set<String> PRESENCE = Set.of("NotNull", "NotBlank", "NotEmpty");

    private final Provider<Validator> validator;
    private final Provider<jakarta.validation.ValidatorFactory> factory;
    private final Messages messages;
    private final java.util.concurrent.atomic.AtomicBoolean preparing = new java.util.concurrent.atomic.AtomicBoolean();

    @Inject
    public ModelValidator(Provider<Validator> validator, Provider<jakarta.validation.ValidatorFactory> factory, Messages messages) {
        this.validator = validator;
        this.factory = factory;
        this.messages = messages;
    }

    /** The same constraints, their messages in other words (a server answers each caller in their language). */
    public ModelValidator in(Messages other) {
        return new ModelValidator(() -> factory.get().usingContext().messageInterpolator(new BundleMessageInterpolator(other)).getValidator(),
                factory, other);
    }

    /**
     * Every violation in the object graph.
     *
     * @param written tells whether a pointer is written in the file, so that a required field that is
     *                absent is reported as missing rather than as empty
     */
    /** Builds the validator on a background thread while the caller reads the file; once. */
    public void prepare() {
        if (!preparing.compareAndSet(false, true)) {
            return;
        }
        Thread warmUp = new Thread(validator::get, "baocao-validator-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** "Field “name” must not be empty", or "Item 2 of “recipients” must not be empty". */
    private String onWhat(String pointer, String message) {
        String[] segments = pointer.split("/");
        String last = segments.length == 0 ? "" : segments[segments.length - 1];
        if (!last.isEmpty() && last.chars().allMatch(Character::isDigit) && segments.length > 1) {
            return messages.get("constraint.onItem", segments[segments.length - 2], Integer.parseInt(last) + 1, message);
        }
        return messages.get("constraint.onField", last, message);
    }

    /**
     * The hint for a message of the platform's ({@code {vn.baocao.constraints.DocumentSymbol.unnumbered}}):
     * the one for that message if there is one, else the constraint's.
     */
    private java.util.Optional<String> hint(String constraint, String template) {
        String prefix = "{vn.baocao.constraints." + constraint + ".";
        if (template.startsWith(prefix) && template.endsWith("}")) {
            java.util.Optional<String> own = messages.find("hint.constraint." + constraint + "." + template.substring(prefix.length(), template.length() - 1));
            if (own.isPresent()) return own;
        }
        return messages.find("hint.constraint." + constraint);
    }

    public List<Finding> validate(Object root, java.util.function.Predicate<String> written) {
        List<Finding> findings = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.get().validate(root)) {
            String pointer = PropertyPaths.toPointer(v.getPropertyPath());
            String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            boolean missing = PRESENCE.contains(constraint) && !written.test(pointer);
            if (missing) {
                String field = pointer.substring(pointer.lastIndexOf('/') + 1);
                findings.add(new Finding("field.missing", pointer, messages.get("field.missing", field),
                        messages.find("field.missing.hint", field), true));
            } else if (constraint.equals("Pattern") && pointer.endsWith("/id") && v.getInvalidValue() instanceof String id) {
                // a section's id is a writer's label, not a pattern to match: say it as one, with the id it could be
                findings.add(new Finding("constraint.Pattern", pointer, messages.get("section.idForm", id),
                        messages.find("section.idForm.hint", asId(id)), false));
            } else {
                // the built-in messages ("must not be empty") do not name the field; the platform's do
                boolean builtIn = v.getMessageTemplate().startsWith("{jakarta.validation.");
                String message = builtIn ? onWhat(pointer, v.getMessage()) : v.getMessage();
                findings.add(new Finding("constraint." + constraint, pointer, message, hint(constraint, v.getMessageTemplate()), false));
            }
        }
        return findings;
    }

    /** "Chỉ đạo" as an id: chi-dao. */
    static String asId(String text) {
        String plain = java.text.Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return plain.isEmpty() ? "muc-1" : plain.length() > 64 ? plain.substring(0, 64).replaceAll("-+$", "") : plain;
    }
}
