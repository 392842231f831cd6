package vn.baocao.server;

import tools.jackson.databind.json.JsonMapper;

/** The API's JSON, written and read by one mapper. */
public final class Json {
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
