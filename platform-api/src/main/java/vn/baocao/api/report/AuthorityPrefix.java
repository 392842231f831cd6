package vn.baocao.api.report;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The authority under which a document is signed when the head does not sign it alone (Decree 30). */
@API(status = STABLE, since = "0.1")
public enum AuthorityPrefix {
    /** Thay mặt: on behalf of a collective body ({@code TM. ỦY BAN NHÂN DÂN}). */
    TM,
    /** Ký thay: a deputy signs for the head ({@code KT. TRƯỞNG BAN}). */
    KT,
    /** Quyền: an acting head. */
    Q,
    /** Thừa lệnh: by order of the head, delegated in writing. */
    TL,
    /** Thừa ủy quyền: by authorisation, delegated in writing. */
    TUQ;

    /** The prefix as printed, with its full stop: {@code KT.}. */
    public String printed() {
        return name() + ".";
    }
}
