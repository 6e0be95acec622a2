package cn.xinfang.petition.web.api;

import java.util.Map;

/** Every error the API returns: status, a short code, a message in the client's language, field messages. */
public record ApiError(int status, String error, String message, Map<String, String> fields, String incident) {
}
