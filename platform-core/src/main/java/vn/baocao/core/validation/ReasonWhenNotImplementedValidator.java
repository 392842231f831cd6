package vn.baocao.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.baocao.api.campaign.ModelStatus;
import vn.baocao.api.campaign.RegisteredModel;
import vn.baocao.api.constraints.ReasonWhenNotImplemented;

/** Checks {@link ReasonWhenNotImplemented}: a model not carried out says why. */
public final class ReasonWhenNotImplementedValidator implements ConstraintValidator<ReasonWhenNotImplemented, RegisteredModel> {

    @Override
    public boolean isValid(RegisteredModel model, ConstraintValidatorContext context) {
        if (model == null || model.status() != ModelStatus.NOT_IMPLEMENTED
                || model.reason().filter(r -> !r.isBlank()).isPresent()) {
            return true;
        }
        return Parameters.add(context, "status", model.status().name()).rejectProperty("reason");
    }
}
