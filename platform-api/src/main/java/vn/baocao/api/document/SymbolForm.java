package vn.baocao.api.document;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The two conventions of document numbering, which the model keeps apart. */
@API(status = STABLE, since = "0.1")
public enum SymbolForm {
    /** State bodies: {@code 70/KH-UBND}, {@code 375/BDT-CSDT}, {@code 12/2018/QĐ-TTg}. */
    STATE,
    /** Party bodies: a hyphen after the number, {@code 31-KH/TU}, {@code 08-HD/BDVTU}. */
    PARTY
}
