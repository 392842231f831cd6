package vn.baocao.api.report;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The signature block: {@code KT. TRƯỞNG BAN} / {@code PHÓ TRƯỞNG BAN} / (signature and seal) /
 * {@code Đỗ Minh Hải}.
 *
 * @param authority the prefix, absent when the head signs in person
 * @param onBehalfOf the title or body the prefix refers to ("TRƯỞNG BAN", "ỦY BAN NHÂN DÂN")
 * @param title the signer's own title ("PHÓ TRƯỞNG BAN")
 * @param name the signer's name, without academic titles
 */
@API(status = STABLE, since = "0.1")
public record Signature(
        Optional<AuthorityPrefix> authority,
        Optional<String> onBehalfOf,
        @NotBlank String title,
        @NotBlank String name) {

    public Signature {
        authority = authority == null ? Optional.empty() : authority;
        onBehalfOf = onBehalfOf == null ? Optional.empty() : onBehalfOf;
    }
}
