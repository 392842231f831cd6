package vn.baocao.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import vn.baocao.api.constraints.MatchingDocumentType;
import vn.baocao.api.document.DocumentReference;
import vn.baocao.api.document.DocumentType;
import vn.baocao.api.document.SymbolForm;

/**
 * Checks {@link MatchingDocumentType}: a plan is numbered {@code …/KH-…}, a report {@code …/BC-…},
 * and an official letter has no type code. Legal texts (law, resolution, decree, circular) are
 * numbered with a year and are not checked here.
 */
public final class MatchingDocumentTypeValidator implements ConstraintValidator<MatchingDocumentType, DocumentReference> {

    @Override
    public boolean isValid(DocumentReference reference, ConstraintValidatorContext context) {
        if (reference == null || reference.type() == null || reference.number() == null
                || reference.number().year().isPresent() || reference.type() == DocumentType.LUAT) {
            return true;
        }
        Optional<String> typeCode = reference.number().typeCode();
        boolean matches = reference.type() == DocumentType.CONG_VAN
                ? typeCode.isEmpty() && reference.number().form() == SymbolForm.STATE
                : typeCode.filter(reference.type().abbreviation()::equals).isPresent();
        if (matches) {
            return true;
        }
        String expected = reference.type() == DocumentType.CONG_VAN ? "—" : reference.type().abbreviation();
        Parameters parameters = Parameters.add(context, "type", reference.type().name()).add("expected", expected)
                .add("actual", typeCode.orElse("—")).add("symbol", reference.number().toString());
        // a symbol without a type code is an official letter's: said so, rather than quoting a dash
        return typeCode.isEmpty() && reference.type() != DocumentType.CONG_VAN
                ? parameters.rejectProperty("number", "{vn.baocao.constraints.MatchingDocumentType.noTypeCode}")
                : parameters.rejectProperty("number");
    }
}
