package vn.baocao.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document and the server's routes name the same operations, neither more nor less. */
class OpenApiDocumentTest {

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedOperationIsARoute(@TempDir Path folder) throws Exception {
        Set<String> documented = new TreeSet<>();
        JsonNode document;
        try (InputStream in = BaocaoServer.class.getResourceAsStream("openapi.json")) {
            document = Json.MAPPER.readTree(in);
        }
        assertThat(document.get("openapi").asString()).isEqualTo("3.1.0");
        for (var path : document.get("paths").properties()) {
            for (var operation : path.getValue().properties()) documented.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
        }
        Set<String> routed = new TreeSet<>();
        try (TestServer test = TestServer.start("h2", folder)) {
            for (BaocaoServer.Route route : test.server.routes()) routed.add(route.method().name() + " " + route.path());
            // and the server serves the document itself
            assertThat(test.client().get("/api/openapi.json").json()).isEqualTo(document);
        }
        assertThat(routed).isEqualTo(documented);
    }
}
