package vn.baocao.core.source;

import java.util.List;
import vn.baocao.api.report.AuthorityPrefix;
import vn.baocao.api.report.Signature;
import vn.baocao.core.i18n.MessageRef;

/**
 * A signature block as Decree 30/2020 prints it: a prefix names whom the signer signs for (KT.
 * TRƯỞNG BAN), and whom is printed only after a prefix. A prefix alone, or a head named without
 * one (a deputy's block that would print as the head's), would print a block the agency cannot
 * sign; each is refused where it is written. An acting
 * head (Q.) signs under one line, the head's title, so needs nothing more.
 */
final class SignatureCheck {
    private static final String AT = "/report/signature";

    private SignatureCheck() {}

    static List<SourceReferences.Finding> check(Signature signature) {
        if (signature.authority().isPresent() && signature.authority().get() != AuthorityPrefix.Q && signature.onBehalfOf().isEmpty()) {
            String prefix = signature.authority().get().printed();
            return List.of(new SourceReferences.Finding("signature.forWhomMissing", AT + "/authority",
                    MessageRef.of("signature.forWhomMissing", prefix), MessageRef.of("signature.forWhomMissing.hint", prefix)));
        }
        // the head's own title repeated in onBehalfOf prints as it would without it
        if (signature.authority().isEmpty() && signature.onBehalfOf().isPresent()
                && !signature.onBehalfOf().get().strip().equalsIgnoreCase(signature.title().strip())) {
            return List.of(new SourceReferences.Finding("signature.prefixMissing", AT + "/onBehalfOf",
                    MessageRef.of("signature.prefixMissing", signature.onBehalfOf().get()), MessageRef.of("signature.prefixMissing.hint")));
        }
        return List.of();
    }
}
