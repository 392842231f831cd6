package vn.baocao.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A check a plugin adds beyond the constraints on the model, such as "the under-age persons are
 * consistent with the number of couples". It runs after the model's own constraints pass.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface ValidationRule {

    /** A stable id, unique within the plugin ({@code child-marriage.persons-vs-couples}). */
    String id();

    Importance importance();

    /** Returns every violation found; an empty list when the subject passes. */
    List<Violation> check(RuleSubject subject);
}
