package vn.baocao.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import vn.baocao.api.constraints.DocumentSymbol;
import vn.baocao.api.document.DocumentNumber;
import vn.baocao.api.document.DocumentType;
import vn.baocao.api.document.SymbolForm;

/**
 * Checks {@link DocumentSymbol}: the number is present when required, the type code is one of
 * those allowed, and a Party document's type code is one Decree 30 knows.
 */
public class DocumentSymbolValidator implements ConstraintValidator<DocumentSymbol, DocumentNumber> {
    private final boolean numberCanBeRequired;
    private boolean numbered;
    private List<String> types = List.of();

    public DocumentSymbolValidator() {
        this(true);
    }

    DocumentSymbolValidator(boolean numberCanBeRequired) {
        this.numberCanBeRequired = numberCanBeRequired;
    }

    /**
     * The check of a document a plugin cites as a program's legal basis: its number may be unknown to
     * the plugin (a report source citing it gives it), its symbol must still be well formed.
     */
    public static final class NumberOptional extends DocumentSymbolValidator {
        public NumberOptional() {
            super(false);
        }
    }

    @Override
    public void initialize(DocumentSymbol annotation) {
        numbered = numberCanBeRequired && annotation.numbered();
        types = List.of(annotation.types());
    }

    @Override
    public boolean isValid(DocumentNumber number, ConstraintValidatorContext context) {
        if (number == null) {
            return true;
        }
        String typeCode = number.typeCode().orElse("");
        if (numbered && !number.isNumbered()) {
            return reject(context, "{vn.baocao.constraints.DocumentSymbol.unnumbered}", number);
        }
        if (!types.isEmpty() && !types.contains(typeCode)) {
            context.unwrap(org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext.class)
                    .addMessageParameter("expected", String.join(", ", types));
            return reject(context, "{vn.baocao.constraints.DocumentSymbol.type}", number);
        }
        if (number.form() == SymbolForm.PARTY && DocumentType.byAbbreviation(typeCode).isEmpty()) {
            return reject(context, "{vn.baocao.constraints.DocumentSymbol.unknownType}", number);
        }
        return true;
    }

    private static boolean reject(ConstraintValidatorContext context, String template, DocumentNumber number) {
        Parameters.add(context, "symbol", number.toString());
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
        return false;
    }
}
