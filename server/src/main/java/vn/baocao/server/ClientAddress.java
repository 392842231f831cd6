package vn.baocao.server;

import io.javalin.http.Context;
import java.util.Set;

/**
 * The address a request came from: the connection's, or, when the connection is from one of the
 * installation's own proxies ({@code server.proxies}), the nearest address before them in
 * {@code X-Forwarded-For}. Only those proxies are believed: anyone else can write the header.
 * Logins are throttled and the audit written by this address.
 */
public final class ClientAddress {
    private final Set<String> proxies;

    public ClientAddress(Set<String> proxies) {
        this.proxies = Set.copyOf(proxies);
    }

    public String of(Context ctx) {
        String remote = ctx.ip();
        if (!proxies.contains(remote)) return remote;
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || forwarded.length() > 1000) return remote;
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (hop.isEmpty() || proxies.contains(hop)) continue;
            // an address, nothing else, goes into the throttle and the audit
            return hop.matches("[0-9A-Fa-f.:]{2,45}") ? hop : remote;
        }
        return remote;
    }
}
