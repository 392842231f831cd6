package vn.baocao.server.web;

/**
 * What every page shows around its content: who is logged in, the token their forms send back, and
 * the menu, with the pages their roles open.
 *
 * @param csrf the session's token, sent back by every form as {@code csrf}; empty before login
 * @param current which page of the menu this is
 * @param back the page the language switch comes back to
 */
public record Chrome(boolean signedIn, String name, String csrf, String current, boolean submits, boolean reviews, boolean administers,
                     String back) {
    static Chrome anonymous() {
        return new Chrome(false, "", "", "", false, false, false, "/login");
    }
}
