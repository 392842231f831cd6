package vn.baocao.server;

import java.util.List;

/** A person who may log in, with their roles. */
public record User(long id, String login, String fullName, String language, boolean disabled, List<Grant> grants) {
    public User {
        grants = List.copyOf(grants);
    }
}
