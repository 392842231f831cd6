package vn.baocao.server.web;

/**
 * What every page shows around its content: who is logged in, the token their forms send back, and
 * which page of the menu this is.
 *
 * @param csrf the session's token, sent back by every form as {@code csrf}; empty before login
 */
public record Chrome(boolean signedIn, String name, String csrf, String current) {
    static Chrome anonymous() {
        return new Chrome(false, "", "", "");
    }
}
